/**
 * Stores an answer's analysis results (speech from the job, vision from the browser) and, in the
 * same transaction, its composite scores and benchmark contributions, so aggregates never
 * disagree with the answers they summarise.
 */
import type { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db";
import { speechAnalysisSchema, type SpeechAnalysis } from "@/lib/speech/schema";
import { visionSummarySchema, type VisionUpload } from "@/lib/vision/schemas";
import { deleteStoredFiles } from "./answer-media";
import { refreshDerivedResults } from "./derived-results";
import { promotePendingMedia } from "./replacement";

/** The answer's newest analysis job, read inside a transaction: only it may write results. */
export async function isLatestJob(tx: Prisma.TransactionClient, answerId: string, jobId: string): Promise<boolean> {
  const latest = await tx.analysisJob.findFirst({ where: { answerId }, orderBy: { queuedAt: "desc" }, select: { id: true } });
  return latest?.id === jobId;
}

/**
 * Stores speech results, promoting a pending replacement recording in the same transaction.
 * With `jobId`, nothing is written unless that job is still the answer's newest (a re-upload
 * during the analysis supersedes it); returns whether the results were stored.
 */
export async function storeSpeechResults(answerId: string, analysis: SpeechAnalysis, jobId?: string): Promise<boolean> {
  const parsed = speechAnalysisSchema.parse(analysis);
  const outcome = await db().$transaction(async (tx) => {
    if (jobId && !(await isLatestJob(tx, answerId, jobId))) return null;
    const replaced = await promotePendingMedia(tx, answerId);
    await tx.answer.update({
      where: { id: answerId },
      data: {
        speechAnalysis: parsed,
        transcript: parsed.transcript,
        speechVersion: { algorithm: parsed.algorithmVersion, models: parsed.models },
        status: "DONE",
        progress: 1,
        failureCode: null,
        failureReason: null,
      },
    });
    await refreshDerivedResults(tx, answerId);
    return replaced;
  });
  if (!outcome) return false;
  await deleteStoredFiles(outcome);
  return true;
}

export async function storeVisionResults(answerId: string, upload: VisionUpload): Promise<void> {
  const summary = visionSummarySchema.parse(upload.summary);
  await db().$transaction(async (tx) => {
    await tx.answer.update({
      where: { id: answerId },
      data: {
        visionSummary: summary,
        visionTimeline: upload.timeline,
        visionVersion: { engine: summary.engine, models: summary.models, algorithm: summary.algorithmVersion },
      },
    });
    await refreshDerivedResults(tx, answerId);
  });
}
