/**
 * Reconciles the user-visible job rows with the queue's own state. A worker that dies on every
 * attempt never reaches the handler's catch: pg-boss retries it, gives up and marks its job
 * failed, while our row still says RUNNING and the answer "processing" for good. This sweep,
 * run when a worker starts and every RECONCILE_INTERVAL_MS after, ends such rows FAILED with a
 * reason the candidate sees.
 */
import "server-only";
import type { PgBoss } from "pg-boss";
import { db } from "@/lib/db";
import { failAnalysisJob, RETRY_EXHAUSTED_MESSAGE } from "./job-outcome";

export const RECONCILE_INTERVAL_MS = 30_000;

export async function reconcileJobs(boss: PgBoss): Promise<number> {
  const open = await db().analysisJob.findMany({
    where: { status: { in: ["QUEUED", "RUNNING"] }, queueJobId: { not: null } },
    select: { id: true, name: true, queueJobId: true },
  });
  let ended = 0;
  for (const row of open) {
    const queued = await boss.getJobById(row.name, row.queueJobId!);
    // Re-read: the handler may have finished the row while we asked the queue.
    const still = await db().analysisJob.findUnique({ where: { id: row.id }, select: { status: true } });
    if (!still || (still.status !== "QUEUED" && still.status !== "RUNNING")) continue;
    if (!queued) {
      await failAnalysisJob(row.id, "ANALYSIS_LOST", "The analysis was lost before it finished. Try again.", "queue job not found");
    } else if (queued.state === "failed" || queued.state === "cancelled") {
      const attempts = queued.retryCount + 1;
      await failAnalysisJob(row.id, "ANALYSIS_STOPPED", RETRY_EXHAUSTED_MESSAGE(attempts), `queue state ${queued.state} after ${attempts} attempts`);
    } else if (queued.state === "completed") {
      await failAnalysisJob(row.id, "ANALYSIS_INTERRUPTED", "The analysis was interrupted before its results were saved. Try again.", "queue job completed, row open");
    } else {
      continue;
    }
    ended += 1;
  }
  return ended;
}
