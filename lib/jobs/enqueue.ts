/**
 * Queues an analysis job: a row the user can see (AnalysisJob) and a pg-boss job that delivers it.
 * Not "server-only": tests and the benchmark script import it.
 */
import { db } from "@/lib/db/prisma";
import { JOB_DEFINITIONS } from "./definitions";
import { queue } from "./queue";

export async function enqueueSpeechAnalysis(answerId: string): Promise<string> {
  const definition = JOB_DEFINITIONS["speech-analysis"];
  const job = await db().analysisJob.create({
    data: { answerId, name: definition.name, version: definition.version, status: "QUEUED" },
    select: { id: true },
  });
  const boss = await queue();
  const queueJobId = await boss.send(definition.name, definition.payload.parse({ analysisJobId: job.id }));
  await db().analysisJob.update({ where: { id: job.id }, data: { queueJobId } });
  return job.id;
}
