/**
 * The two functions both upload drivers share: who may upload media for an answer, and what
 * recording an upload means (replace the previous file and its analysis, queue a new analysis).
 * The local route handler and the UploadThing file router call exactly these.
 */
import { randomUUID } from "node:crypto";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/prisma";
import { Prisma } from "@/lib/db/generated/client";
import type { MediaKind, StorageDriver } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { enqueueSpeechAnalysis } from "@/lib/jobs/enqueue";
import { storageFor } from "@/lib/storage/drivers";

// A type alias (not an interface) so it also fits UploadThing's metadata type, an index signature.
export type UploadTarget = {
  answerId: string;
  ownerId: string;
  kind: MediaKind;
};

/** Only the candidate who owns the answer uploads to it; video only with their consent to keep it. */
export async function authorizeAnswerUpload(viewer: Viewer, answerId: string, kind: MediaKind): Promise<UploadTarget> {
  const answer = await db().answer.findUnique({
    where: { id: answerId },
    select: { candidateId: true, candidate: { select: { keepVideo: true } } },
  });
  if (!answer || answer.candidateId !== viewer.id) throw new AppError("NOT_FOUND", "No such answer, or it is not yours.");
  if (kind === "VIDEO" && !answer.candidate.keepVideo) {
    throw new AppError("FORBIDDEN", "Video is only uploaded if you chose to keep your videos (Privacy & settings).");
  }
  return { answerId, ownerId: answer.candidateId, kind };
}

const EXTENSIONS: Record<string, string> = {
  "video/webm": "webm",
  "video/x-matroska": "mkv",
  "audio/wav": "wav",
  "audio/ogg": "ogg",
  "audio/mpeg": "mp3",
  "audio/mp4": "m4a",
  "video/mp4": "mp4",
  "audio/flac": "flac",
};

export function storageKeyFor(target: UploadTarget, mimeType: string): string {
  const extension = EXTENSIONS[mimeType] ?? "bin";
  return `${target.ownerId}/${target.answerId}/${target.kind.toLowerCase()}-${randomUUID()}.${extension}`;
}

export type RecordedUpload = UploadTarget & {
  key: string;
  driver: StorageDriver;
  mimeType: string;
  sizeBytes: number;
};

/**
 * Records a finished upload. The new file replaces any earlier one of the same kind (its file is
 * deleted after the database commit) and, for audio, the earlier analysis; then a new analysis is
 * queued. If the database write fails the caller deletes the new file, so nothing is orphaned.
 */
export async function recordAnswerUpload(upload: RecordedUpload): Promise<{ analysisJobId: string | null }> {
  const replaced = await db().$transaction(async (tx) => {
    const previous = await tx.mediaObject.findMany({
      where: { answerId: upload.answerId, kind: upload.kind },
      select: { id: true, key: true, driver: true },
    });
    await tx.mediaObject.deleteMany({ where: { id: { in: previous.map((media) => media.id) } } });
    await tx.mediaObject.create({
      data: {
        key: upload.key,
        driver: upload.driver,
        kind: upload.kind,
        mimeType: upload.mimeType,
        sizeBytes: upload.sizeBytes,
        ownerId: upload.ownerId,
        answerId: upload.answerId,
      },
    });
    if (upload.kind === "AUDIO") {
      await tx.answer.update({
        where: { id: upload.answerId },
        data: {
          status: "QUEUED",
          progress: 0,
          transcript: null,
          speechAnalysis: Prisma.DbNull,
          speechVersion: Prisma.DbNull,
          failureCode: null,
          failureReason: null,
        },
      });
    }
    return previous;
  });
  for (const media of replaced) {
    await storageFor(media.driver).delete(media.key).catch((error: unknown) => console.warn(`[storage] could not delete ${media.key}:`, error));
  }
  const analysisJobId = upload.kind === "AUDIO" ? await enqueueSpeechAnalysis(upload.answerId) : null;
  return { analysisJobId };
}
