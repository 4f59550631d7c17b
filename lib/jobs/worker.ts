/**
 * Starts the job workers in this process: inside the web server by default (instrumentation.ts),
 * or alone with `npm run worker` (PostgreSQL only).
 */
import "server-only";
import { db } from "@/lib/db";
import { JOB_DEFINITIONS } from "./definitions";
import { queue, registerLocalWorker } from "./queue";
import { RECONCILE_INTERVAL_MS, reconcileJobs } from "./reconcile";
import { sweepPartialUploads } from "@/lib/storage/partial-sweep";

const globalForWorker = globalThis as typeof globalThis & { rehearseWorkerStarted?: boolean };

export async function startWorkers(): Promise<void> {
  // Dev reloads re-run instrumentation: exactly one worker per process.
  if (globalForWorker.rehearseWorkerStarted) return;
  globalForWorker.rehearseWorkerStarted = true;
  const boss = await queue();
  await resendUndelivered();
  const definition = JOB_DEFINITIONS["speech-analysis"];
  const speechWorker = await boss.work<{ analysisJobId: string }>(definition.name, { batchSize: 1 }, async ([job]) => {
    if (!job) return;
    const { runSpeechAnalysisJob } = await import("./speech-analysis-job");
    await runSpeechAnalysisJob(job);
  });
  registerLocalWorker(definition.name, speechWorker);
  console.log("[jobs] speech-analysis worker started");
  const rescore = JOB_DEFINITIONS["rescore-answers"];
  await boss.work(rescore.name, { batchSize: 1 }, async ([job]) => {
    if (!job) return;
    const { scoringVersion } = rescore.payload.parse(job.data);
    const { rescoreStaleAnswers } = await import("./rescore-answers");
    console.log(`[jobs] rescored ${await rescoreStaleAnswers()} answer(s) for ${scoringVersion}`);
  });
  const { enqueueRescoreIfStale } = await import("./rescore-answers");
  await enqueueRescoreIfStale(boss);
  startSweeps();
}

/** Periodic housekeeping: job rows the queue gave up on, and upload leftovers from a crash. */
function startSweeps(): void {
  const sweep = async () => {
    const ended = await reconcileJobs(await queue()).catch((error: unknown) => (console.error("[jobs] reconcile failed:", error), 0));
    if (ended > 0) console.log(`[jobs] reconciled ${ended} job(s) the queue had given up on`);
    await sweepPartialUploads().catch((error: unknown) => console.error("[storage] partial-file sweep failed:", error));
  };
  void sweep();
  setInterval(() => void sweep(), RECONCILE_INTERVAL_MS).unref();
}

/**
 * A job row whose queue message was never sent (the process stopped between the two writes)
 * would wait forever: send it again.
 */
async function resendUndelivered(): Promise<void> {
  const stale = await db().analysisJob.findMany({
    where: { status: "QUEUED", queueJobId: null, queuedAt: { lt: new Date(Date.now() - 60_000) } },
    select: { id: true, name: true },
  });
  if (stale.length === 0) return;
  const boss = await queue();
  for (const job of stale) {
    const queueJobId = await boss.send(job.name, { analysisJobId: job.id });
    await db().analysisJob.update({ where: { id: job.id }, data: { queueJobId } });
  }
}
