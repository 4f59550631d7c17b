/**
 * Deleting a session or a whole account: benchmark contributions are subtracted from the aggregates
 * and database rows deleted in one transaction; the stored files are deleted right after commit.
 */
import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { removeAnswerContributions, removeCandidateContributions } from "@/lib/benchmarks/contributions";
import { db } from "@/lib/db";
import type { StorageDriver } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { storageFor } from "@/lib/storage/drivers";
import { localDriver } from "@/lib/storage/local-driver";

interface StoredMedia {
  key: string;
  driver: StorageDriver;
}

async function deleteFiles(media: StoredMedia[]): Promise<{ deleted: number; failed: string[] }> {
  const failed: string[] = [];
  for (const file of media) {
    await storageFor(file.driver)
      .delete(file.key)
      .catch((error: unknown) => {
        console.error(`[privacy] could not delete ${file.key}:`, error);
        failed.push(file.key);
      });
  }
  return { deleted: media.length - failed.length, failed };
}

/** The candidate deletes one of their sessions (an admin may too): answers, media, comments, contributions. */
export async function deleteSession(viewer: Viewer, sessionId: string) {
  const session = await db().interviewSession.findUnique({ where: { id: sessionId }, select: { candidateId: true } });
  if (!session || (session.candidateId !== viewer.id && viewer.role !== "ADMIN")) {
    throw new AppError("NOT_FOUND", "No such session, or it is not yours.");
  }
  const media = await db().$transaction(async (tx) => {
    const answers = await tx.answer.findMany({ where: { sessionId }, select: { id: true } });
    for (const answer of answers) await removeAnswerContributions(tx, answer.id);
    const files = await tx.mediaObject.findMany({ where: { answerId: { in: answers.map((a) => a.id) } }, select: { id: true, key: true, driver: true } });
    await tx.mediaObject.deleteMany({ where: { id: { in: files.map((file) => file.id) } } });
    await tx.interviewSession.delete({ where: { id: sessionId } });
    return files;
  });
  return deleteFiles(media);
}

/** The candidate deletes their account: everything about them, including every stored file. */
export async function deleteAccount(viewer: Viewer) {
  if (viewer.role === "ADMIN" && (await db().user.count({ where: { role: "ADMIN" } })) <= 1) {
    throw new AppError("CONFLICT", "You are the only admin: make someone else an admin before deleting your account.");
  }
  const media = await db().$transaction(async (tx) => {
    await removeCandidateContributions(tx, viewer.id);
    const files = await tx.mediaObject.findMany({ where: { ownerId: viewer.id }, select: { key: true, driver: true } });
    await tx.user.delete({ where: { id: viewer.id } });
    return files;
  });
  const outcome = await deleteFiles(media);
  // Leftovers without a row (an upload cut off mid-write) go with the account's folder.
  await localDriver.deleteOwner(viewer.id).catch((error: unknown) => console.error(`[privacy] could not remove the folder of ${viewer.id}:`, error));
  return outcome;
}
