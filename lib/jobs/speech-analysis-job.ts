/**
 * The speech-analysis job handler: idempotent (re-running it overwrites the same answer's results),
 * permanent failures recorded once with the reason the user sees, transient ones retried by the queue.
 * A job superseded by a newer upload writes nothing: neither progress nor results.
 */
import type { Job } from "pg-boss";
import { isLatestJob, storeSpeechResults } from "@/lib/answers/store-results";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isSpeechAnalysisError } from "@/lib/speech";
import { storageFor } from "@/lib/storage/drivers";
import { analyzeSpeech } from "./analysis-process";
import { JOB_DEFINITIONS } from "./definitions";
import { failAnalysisJob, RETRY_EXHAUSTED_MESSAGE } from "./job-outcome";

const STAGE_PROGRESS = { decode: 0.1, vad: 0.25, stt: 0.45, align: 0.8, metrics: 0.92 } as const;

export async function runSpeechAnalysisJob(job: Job<{ analysisJobId: string }>): Promise<void> {
  const definition = JOB_DEFINITIONS["speech-analysis"];
  const { analysisJobId } = definition.payload.parse(job.data);
  const record = await db().analysisJob.findUnique({
    where: { id: analysisJobId },
    select: {
      id: true,
      answerId: true,
      mediaId: true,
      answer: {
        select: {
          candidate: { select: { disfluencyScoring: true } },
          media: {
            where: { kind: "AUDIO", pendingReplacement: false },
            orderBy: { createdAt: "desc" },
            take: 1,
            select: { id: true, key: true, driver: true, pendingReplacement: true },
          },
        },
      },
    },
  });
  // Deleted since it was queued (the candidate deleted the session): nothing to do.
  if (!record) return;
  const { answer, answerId } = record;
  if (!(await db().$transaction((tx) => isLatestJob(tx, answerId, record.id)))) {
    await finishJob(record.id, { status: "FAILED", errorCode: "SUPERSEDED", error: "A newer recording replaced this one." });
    return;
  }
  const media = record.mediaId
    ? await db().mediaObject.findUnique({ where: { id: record.mediaId }, select: { id: true, key: true, driver: true, pendingReplacement: true } })
    : answer.media[0];
  if (!media) {
    await failAnalysisJob(record.id, "NO_MEDIA", "No recording was uploaded for this answer.");
    return;
  }
  // A replacement is analysed while the earlier results stay on show: only the job row moves.
  const replacing = media.pendingReplacement;

  const attempt = job.retryCount + 1;
  await db().$transaction([
    db().analysisJob.update({ where: { id: record.id }, data: { status: "RUNNING", attempts: attempt, startedAt: new Date(), progress: 0 } }),
    ...(replacing ? [] : [db().answer.update({ where: { id: answerId }, data: { status: "PROCESSING", progress: 0, failureCode: null, failureReason: null } })]),
  ]);

  const progress = progressReporter(record.id, answerId, !replacing);
  const storage = storageFor(media.driver);
  const copy = await storage.localCopy(media.key);
  try {
    const analysis = await analyzeSpeech(
      copy.path,
      { sttModel: env.STT_MODEL, disfluencyScoring: answer.candidate.disfluencyScoring },
      {
        onStage: (stage) => {
          console.log(`[jobs] ${record.id} attempt ${attempt}: ${stage}`);
          progress.report(STAGE_PROGRESS[stage]);
        },
      },
    );
    // The last progress write lands before the results, so a finished answer reads 1, not 0.92.
    await progress.settled();
    const stored = await storeSpeechResults(answerId, analysis, record.id);
    if (!stored) {
      await finishJob(record.id, { status: "FAILED", errorCode: "SUPERSEDED", error: "A newer recording replaced this one during its analysis." });
      return;
    }
    await finishJob(record.id, { status: "SUCCEEDED", progress: 1 });
    console.log(`[jobs] ${record.id} succeeded`);
  } catch (error) {
    await progress.settled();
    if (isSpeechAnalysisError(error)) {
      await failAnalysisJob(record.id, error.code, error.userMessage);
      console.log(`[jobs] ${record.id} failed for good: ${error.code}`);
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    console.log(`[jobs] ${record.id} attempt ${attempt} failed: ${message}`);
    const lastAttempt = job.retryCount >= definition.queue.retryLimit;
    if (lastAttempt) {
      await failAnalysisJob(record.id, "ANALYSIS_ERROR", RETRY_EXHAUSTED_MESSAGE(attempt), message);
    } else {
      await db().$transaction([
        db().analysisJob.update({ where: { id: record.id }, data: { status: "QUEUED", error: message } }),
        ...(replacing ? [] : [db().answer.update({ where: { id: answerId }, data: { status: "QUEUED" } })]),
      ]);
    }
    throw error; // the queue schedules the retry (or records the final failure)
  } finally {
    await copy.release();
  }
}

/**
 * Progress writes, one after another (never two in flight), and only while this job is still the
 * answer's newest. `settled` waits for the last one.
 */
function progressReporter(jobId: string, answerId: string, showOnAnswer: boolean) {
  let chain = Promise.resolve();
  return {
    report(value: number) {
      chain = chain.then(() =>
        db()
          .$transaction(async (tx) => {
            await tx.analysisJob.update({ where: { id: jobId }, data: { progress: value } });
            if (showOnAnswer && (await isLatestJob(tx, answerId, jobId))) {
              await tx.answer.update({ where: { id: answerId }, data: { progress: value } });
            }
          })
          .then(() => undefined)
          .catch(() => undefined), // progress is a courtesy; never fail the job over it
      );
    },
    settled: () => chain,
  };
}

async function finishJob(jobId: string, data: { status: "SUCCEEDED" | "FAILED"; progress?: number; errorCode?: string; error?: string }) {
  await db().analysisJob.update({ where: { id: jobId }, data: { ...data, finishedAt: new Date() } });
}
