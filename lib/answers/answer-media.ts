/**
 * The two functions both upload drivers share: who may upload media for an answer, and what
 * recording an upload means (replace the previous file and its analysis, queue a new analysis).
 * The local route handler and the UploadThing file router call exactly these.
 */
import { randomUUID } from "node:crypto";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
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
 * Records a finished upload. A new recording for an answer that already has analysed results is
 * kept aside as a pending replacement: the earlier file and results stay until the new analysis
 * succeeds (lib/answers/replacement.ts promotes or rolls it back). Otherwise the new file replaces
 * any earlier one of its kind at once. Files no longer referenced are deleted after the commit;
 * if the database write fails the caller deletes the new file, so nothing is orphaned.
 */
export async function recordAnswerUpload(upload: RecordedUpload): Promise<{ analysisJobId: string | null; replacing: boolean }> {
  const { dropped, mediaId, replacing } = await db().$transaction(async (tx) => {
    const answer = await tx.answer.findUniqueOrThrow({ where: { id: upload.answerId }, select: { status: true } });
    const existing = await tx.mediaObject.findMany({
      where: { answerId: upload.answerId },
      select: { id: true, key: true, driver: true, kind: true, pendingReplacement: true },
    });
    const hasAnalysedAudio = answer.status === "DONE" && existing.some((media) => media.kind === "AUDIO" && !media.pendingReplacement);
    const audioPending = existing.some((media) => media.kind === "AUDIO" && media.pendingReplacement);
    // Audio replaces analysed results only once its own analysis succeeds; a video waits with
    // the audio it belongs to. Anything else takes the place of what was there.
    const pending = upload.kind === "AUDIO" ? hasAnalysedAudio : audioPending;
    const dropped = existing.filter((media) => media.kind === upload.kind && (pending ? media.pendingReplacement : true));
    await tx.mediaObject.deleteMany({ where: { id: { in: dropped.map((media) => media.id) } } });
    const created = await tx.mediaObject.create({
      data: {
        key: upload.key,
        driver: upload.driver,
        kind: upload.kind,
        mimeType: upload.mimeType,
        sizeBytes: upload.sizeBytes,
        ownerId: upload.ownerId,
        answerId: upload.answerId,
        pendingReplacement: pending,
      },
      select: { id: true },
    });
    if (upload.kind === "AUDIO") {
      await tx.answer.update({
        where: { id: upload.answerId },
        data: pending
          ? { replacementFailure: null }
          : {
              status: "QUEUED",
              progress: 0,
              transcript: null,
              speechAnalysis: Prisma.DbNull,
              speechVersion: Prisma.DbNull,
              failureCode: null,
              failureReason: null,
              replacementFailure: null,
            },
      });
    }
    return { dropped, mediaId: created.id, replacing: pending };
  });
  await deleteStoredFiles(dropped);
  const analysisJobId = upload.kind === "AUDIO" ? await enqueueSpeechAnalysis(upload.answerId, mediaId) : null;
  return { analysisJobId, replacing };
}

/** Deletes files whose rows are gone; a file that cannot be deleted is logged, not fatal. */
export async function deleteStoredFiles(files: { key: string; driver: StorageDriver }[]): Promise<void> {
  for (const media of files) {
    await storageFor(media.driver).delete(media.key).catch((error: unknown) => console.warn(`[storage] could not delete ${media.key}:`, error));
  }
}
