/**
 * The candidate deletes stored answer videos: one (from its replay) or all of them (offered when
 * they stop keeping videos). Audio, transcripts and results stay. Not "server-only": database
 * tests import it.
 */
import type { Viewer } from "@/lib/auth/viewer";
import { deleteStoredFiles } from "@/lib/answers/answer-media";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";

export async function deleteStoredVideos(viewer: Viewer, options: { answerId?: string } = {}): Promise<{ deleted: number }> {
  const where = { ownerId: viewer.id, kind: "VIDEO" as const, ...(options.answerId ? { answerId: options.answerId } : {}) };
  const videos = await db().$transaction(async (tx) => {
    const found = await tx.mediaObject.findMany({ where, select: { id: true, key: true, driver: true } });
    await tx.mediaObject.deleteMany({ where: { id: { in: found.map((video) => video.id) } } });
    return found;
  });
  if (options.answerId && videos.length === 0) throw new AppError("NOT_FOUND", "No stored video for this answer, or it is not yours.");
  await deleteStoredFiles(videos);
  return { deleted: videos.length };
}

export function countStoredVideos(viewer: Viewer): Promise<number> {
  return db().mediaObject.count({ where: { ownerId: viewer.id, kind: "VIDEO" } });
}
