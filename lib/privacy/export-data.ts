/**
 * Everything Rehearse stores about a user (data portability): a JSON manifest, and in the zip
 * download (./export-zip.ts) every stored recording next to it. Each listed file names its
 * path inside the zip; storage keys and drivers stay internal.
 */
import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db, type StorageDriver } from "@/lib/db";

export const EXPORT_FORMAT = "rehearse.export.v1";

export async function exportUserData(viewer: Viewer) {
  const user = await db().user.findUniqueOrThrow({
    where: { id: viewer.id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      createdAt: true,
      lastActiveAt: true,
      shareWithCoaches: true,
      benchmarkOptIn: true,
      keepVideo: true,
      cameraConsentAt: true,
      disfluencyScoring: true,
      gazeCalibration: true,
      consentEvents: { orderBy: { createdAt: "asc" }, select: { kind: true, granted: true, createdAt: true } },
      bigFiveResults: { orderBy: { createdAt: "asc" }, select: { createdAt: true, answers: true, scores: true } },
      coachedBy: { select: { createdAt: true, coach: { select: { name: true, email: true } } } },
      sessions: {
        orderBy: { startedAt: "asc" },
        select: {
          id: true,
          mode: true,
          status: true,
          startedAt: true,
          completedAt: true,
          calibration: true,
          bank: { select: { title: true } },
          answers: {
            orderBy: { position: "asc" },
            select: {
              id: true,
              position: true,
              status: true,
              startedAt: true,
              endedAt: true,
              durationSec: true,
              textAnswer: true,
              textSource: true,
              documentName: true,
              transcript: true,
              speechAnalysis: true,
              speechVersion: true,
              visionSummary: true,
              visionTimeline: true,
              visionVersion: true,
              scores: true,
              scoringVersion: true,
              failureCode: true,
              failureReason: true,
              question: { select: { text: true } },
              media: {
                where: { pendingReplacement: false },
                orderBy: { createdAt: "asc" },
                select: { id: true, kind: true, mimeType: true, sizeBytes: true, createdAt: true, key: true, driver: true },
              },
              comments: { orderBy: { offsetSec: "asc" }, select: { offsetSec: true, body: true, createdAt: true, author: { select: { name: true } } } },
            },
          },
        },
      },
    },
  });
  const files: ExportFile[] = [];
  const sessions = user.sessions.map((session, sessionIndex) => ({
    ...session,
    answers: session.answers.map((answer) => ({
      ...answer,
      media: answer.media.map(({ id, key, driver, ...media }) => {
        const extension = key.split(".").at(-1) ?? "bin";
        const file = `recordings/session-${sessionIndex + 1}/answer-${answer.position + 1}-${media.kind.toLowerCase()}-${id}.${extension}`;
        files.push({ file, key, driver });
        return { ...media, file };
      }),
    })),
  }));
  return { format: EXPORT_FORMAT, exportedAt: new Date().toISOString(), user: { ...user, sessions }, files };
}

export interface ExportFile {
  /** Path inside the zip, as the manifest names it. */
  file: string;
  key: string;
  driver: StorageDriver;
}
