/**
 * How an analysis job ends for good, shared by the handler and the reconciling sweep: the job
 * row is FAILED with its code; the answer shows the reason and a retry only if this job still
 * speaks for it (a newer upload superseded it otherwise), and a failed replacement recording
 * rolls back to the earlier one instead.
 */
import "server-only";
import { deleteStoredFiles } from "@/lib/answers/answer-media";
import { rollBackReplacement } from "@/lib/answers/replacement";
import { isLatestJob } from "@/lib/answers/store-results";
import { db } from "@/lib/db";

export const RETRY_EXHAUSTED_MESSAGE = (attempts: number) =>
  `The analysis stopped ${attempts} times without finishing. Try again; if it keeps failing, upload the recording again.`;

export async function failAnalysisJob(jobId: string, code: string, userMessage: string, detail?: string): Promise<void> {
  const job = await db().analysisJob.findUnique({ where: { id: jobId }, select: { answerId: true, mediaId: true } });
  if (!job) return;
  // One transaction: nobody sees the job FAILED before the answer says what that means.
  const dropped = await db().$transaction(async (tx) => {
    await tx.analysisJob.update({
      where: { id: jobId },
      data: { status: "FAILED", errorCode: code, error: detail ?? userMessage, finishedAt: new Date() },
    });
    if (!(await isLatestJob(tx, job.answerId, jobId))) return [];
    const pending = job.mediaId ? await tx.mediaObject.count({ where: { id: job.mediaId, pendingReplacement: true } }) : 0;
    if (pending > 0) return rollBackReplacement(tx, job.answerId, userMessage);
    await tx.answer.update({ where: { id: job.answerId }, data: { status: "FAILED", failureCode: code, failureReason: userMessage, progress: null } });
    return [];
  });
  await deleteStoredFiles(dropped);
}
