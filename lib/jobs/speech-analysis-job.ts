/**
 * The speech-analysis job handler: idempotent (re-running it overwrites the same answer's results),
 * permanent failures recorded once with the reason the user sees, transient ones retried by the queue.
 */
import type { Job } from "pg-boss";
import { storeSpeechResults } from "@/lib/answers/store-results";
import { db } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { analyzeAudioFile, isSpeechAnalysisError } from "@/lib/speech";
import { storageFor } from "@/lib/storage/drivers";
import { JOB_DEFINITIONS } from "./definitions";

const STAGE_PROGRESS = { decode: 0.1, vad: 0.25, stt: 0.45, align: 0.8, metrics: 0.92 } as const;

export async function runSpeechAnalysisJob(job: Job<{ analysisJobId: string }>): Promise<void> {
  const definition = JOB_DEFINITIONS["speech-analysis"];
  const { analysisJobId } = definition.payload.parse(job.data);
  const record = await db().analysisJob.findUnique({
    where: { id: analysisJobId },
    select: {
      id: true,
      answerId: true,
      answer: {
        select: {
          candidate: { select: { disfluencyScoring: true } },
          media: { where: { kind: "AUDIO" }, orderBy: { createdAt: "desc" }, take: 1, select: { key: true, driver: true } },
          jobs: { orderBy: { queuedAt: "desc" }, take: 1, select: { id: true } },
        },
      },
    },
  });
  // Deleted since it was queued (the candidate deleted the session): nothing to do.
  if (!record) return;
  const { answer, answerId } = record;
  if (answer.jobs[0]?.id !== record.id) {
    await finishJob(record.id, { status: "FAILED", errorCode: "SUPERSEDED", error: "A newer recording replaced this one." });
    return;
  }
  const media = answer.media[0];
  if (!media) {
    await failPermanently(record.id, answerId, "NO_MEDIA", "No recording was uploaded for this answer.");
    return;
  }

  const attempt = job.retryCount + 1;
  await db().$transaction([
    db().analysisJob.update({ where: { id: record.id }, data: { status: "RUNNING", attempts: attempt, startedAt: new Date(), progress: 0 } }),
    db().answer.update({ where: { id: answerId }, data: { status: "PROCESSING", progress: 0, failureCode: null, failureReason: null } }),
  ]);

  const storage = storageFor(media.driver);
  const copy = await storage.localCopy(media.key);
  try {
    const analysis = await analyzeAudioFile(
      copy.path,
      { sttModel: env.STT_MODEL, disfluencyScoring: answer.candidate.disfluencyScoring },
      {
        onStage: (stage) => {
          console.log(`[jobs] ${record.id} attempt ${attempt}: ${stage}`);
          void reportProgress(record.id, answerId, STAGE_PROGRESS[stage]);
        },
      },
    );
    await storeSpeechResults(answerId, analysis);
    await finishJob(record.id, { status: "SUCCEEDED", progress: 1 });
    console.log(`[jobs] ${record.id} succeeded`);
  } catch (error) {
    if (isSpeechAnalysisError(error)) {
      await failPermanently(record.id, answerId, error.code, error.userMessage);
      console.log(`[jobs] ${record.id} failed for good: ${error.code}`);
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    const lastAttempt = job.retryCount >= definition.queue.retryLimit;
    if (lastAttempt) {
      await failPermanently(record.id, answerId, "ANALYSIS_ERROR", `The analysis failed after ${attempt} attempts. Upload the recording again to retry.`, message);
    } else {
      await db().$transaction([
        db().analysisJob.update({ where: { id: record.id }, data: { status: "QUEUED", error: message } }),
        db().answer.update({ where: { id: answerId }, data: { status: "QUEUED" } }),
      ]);
    }
    throw error; // the queue schedules the retry (or records the final failure)
  } finally {
    await copy.release();
  }
}

async function reportProgress(jobId: string, answerId: string, progress: number) {
  await db()
    .$transaction([
      db().analysisJob.update({ where: { id: jobId }, data: { progress } }),
      db().answer.update({ where: { id: answerId }, data: { progress } }),
    ])
    .catch(() => undefined); // progress is a courtesy; never fail the job over it
}

async function finishJob(jobId: string, data: { status: "SUCCEEDED" | "FAILED"; progress?: number; errorCode?: string; error?: string }) {
  await db().analysisJob.update({ where: { id: jobId }, data: { ...data, finishedAt: new Date() } });
}

async function failPermanently(jobId: string, answerId: string, code: string, userMessage: string, detail?: string) {
  await db().$transaction([
    db().analysisJob.update({
      where: { id: jobId },
      data: { status: "FAILED", errorCode: code, error: detail ?? userMessage, finishedAt: new Date() },
    }),
    db().answer.update({ where: { id: answerId }, data: { status: "FAILED", failureCode: code, failureReason: userMessage, progress: null } }),
  ]);
}
