/**
 * Everything Rehearse stores about a user, as one JSON document (data portability). Files are
 * listed with their sizes; their bytes are downloadable from each answer's report.
 */
import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";

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
              media: { select: { kind: true, mimeType: true, sizeBytes: true, createdAt: true } },
              comments: { orderBy: { offsetSec: "asc" }, select: { offsetSec: true, body: true, createdAt: true, author: { select: { name: true } } } },
            },
          },
        },
      },
    },
  });
  return { format: EXPORT_FORMAT, exportedAt: new Date().toISOString(), user };
}
