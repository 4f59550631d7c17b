/**
 * Coach comments on answers, pinned to a time in the answer. Only a coach who may read the
 * candidate (assigned AND shared with) writes one; the candidate sees it on their timeline with an
 * unread badge until they open the report.
 */
import "server-only";
import type { z } from "zod";
import { canReadCandidate } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { addCommentSchema } from "@/lib/schemas/comments";

export async function addCoachComment(viewer: Viewer, input: z.infer<typeof addCommentSchema>) {
  if (viewer.role !== "COACH") throw new AppError("FORBIDDEN", "Only coaches comment on answers.");
  const answer = await db().answer.findUnique({
    where: { id: input.answerId },
    select: { candidateId: true, sessionId: true, durationSec: true },
  });
  if (!answer || !(await canReadCandidate(viewer, answer.candidateId))) {
    throw new AppError("NOT_FOUND", "No such answer, or this candidate does not share with you.");
  }
  if (answer.durationSec !== null && input.offsetSec > answer.durationSec + 1) {
    throw new AppError("INVALID_INPUT", `The answer is only ${Math.round(answer.durationSec)} s long.`);
  }
  const comment = await db().coachComment.create({
    data: { answerId: input.answerId, authorId: viewer.id, offsetSec: input.offsetSec, body: input.body },
    select: { id: true },
  });
  return { ...comment, sessionId: answer.sessionId };
}

/** The candidate has opened the report: their comments there are read. */
export async function markSessionCommentsRead(viewer: Viewer, sessionId: string): Promise<number> {
  const { count } = await db().coachComment.updateMany({
    where: { readAt: null, answer: { sessionId, candidateId: viewer.id } },
    data: { readAt: new Date() },
  });
  return count;
}

export async function unreadCommentCount(viewer: Viewer): Promise<number> {
  if (viewer.role !== "CANDIDATE") return 0;
  return db().coachComment.count({ where: { readAt: null, answer: { candidateId: viewer.id } } });
}

/** A coach takes back one of their own comments (whether or not the candidate has read it). */
export async function deleteOwnComment(viewer: Viewer, commentId: string): Promise<{ sessionId: string }> {
  const comment = await db().coachComment.findFirst({
    where: { id: commentId, authorId: viewer.id },
    select: { id: true, answer: { select: { sessionId: true } } },
  });
  if (!comment) throw new AppError("NOT_FOUND", "No such comment of yours.");
  await db().coachComment.delete({ where: { id: comment.id } });
  return { sessionId: comment.answer.sessionId };
}
