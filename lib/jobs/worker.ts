/**
 * Starts the job workers in this process: inside the web server by default (instrumentation.ts),
 * or alone with `npm run worker` (PostgreSQL only). Not "server-only": the worker CLI imports it.
 */
import { db } from "@/lib/db/prisma";
import { JOB_DEFINITIONS } from "./definitions";
import { queue } from "./queue";

const globalForWorker = globalThis as typeof globalThis & { rehearseWorkerStarted?: boolean };

export async function startWorkers(): Promise<void> {
  // Dev reloads re-run instrumentation: exactly one worker per process.
  if (globalForWorker.rehearseWorkerStarted) return;
  globalForWorker.rehearseWorkerStarted = true;
  const boss = await queue();
  await resendUndelivered();
  const definition = JOB_DEFINITIONS["speech-analysis"];
  await boss.work<{ analysisJobId: string }>(definition.name, { batchSize: 1 }, async ([job]) => {
    if (!job) return;
    const { runSpeechAnalysisJob } = await import("./speech-analysis-job");
    await runSpeechAnalysisJob(job);
  });
  console.log("[jobs] speech-analysis worker started");
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
