import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { assertIsOwner } from "@/lib/auth/access";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { enqueueSpeechAnalysis } from "@/lib/jobs/enqueue";

/** The candidate asks for a failed analysis to run again on the recording already stored. */
export async function retryAnalysis(viewer: Viewer, answerId: string): Promise<{ analysisJobId: string }> {
  const answer = await db().answer.findUnique({
    where: { id: answerId },
    select: { candidateId: true, status: true, media: { where: { kind: "AUDIO", pendingReplacement: false }, select: { id: true }, take: 1 } },
  });
  if (!answer) throw new AppError("NOT_FOUND", "Not found, or it is not yours.");
  assertIsOwner(viewer, answer.candidateId);
  if (answer.status !== "FAILED") throw new AppError("CONFLICT", "Only a failed analysis can be tried again.");
  const media = answer.media[0];
  if (!media) throw new AppError("CONFLICT", "There is no recording to analyse: upload one instead.");
  await db().answer.update({ where: { id: answerId }, data: { status: "QUEUED", progress: 0, failureCode: null, failureReason: null } });
  return { analysisJobId: await enqueueSpeechAnalysis(answerId, media.id) };
}
