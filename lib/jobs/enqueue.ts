/**
 * Queues an analysis job: a row the user can see (AnalysisJob) and a pg-boss job that delivers it.
 */
import "server-only";
import { db } from "@/lib/db";
import { JOB_DEFINITIONS } from "./definitions";
import { queue, wakeLocalWorker } from "./queue";

/** `mediaId`: the recording to analyse; without it, the answer's current audio. */
export async function enqueueSpeechAnalysis(answerId: string, mediaId?: string): Promise<string> {
  const definition = JOB_DEFINITIONS["speech-analysis"];
  const job = await db().analysisJob.create({
    data: { answerId, mediaId, name: definition.name, version: definition.version, status: "QUEUED" },
    select: { id: true },
  });
  const boss = await queue();
  const queueJobId = await boss.send(definition.name, definition.payload.parse({ analysisJobId: job.id }));
  await db().analysisJob.update({ where: { id: job.id }, data: { queueJobId } });
  await wakeLocalWorker(definition.name);
  return job.id;
}
