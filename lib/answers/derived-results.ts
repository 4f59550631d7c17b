/**
 * Everything computed from an answer's stored measurements: composite scores and the answer's
 * benchmark contributions. Runs inside the transaction that stored the measurements.
 */
import { z } from "zod";
import { recordAnswerContributions } from "@/lib/benchmarks/contributions";
import type { Prisma } from "@/lib/db/generated/client";
import { computeAnswerScores, SCORING_VERSION } from "@/lib/scoring";
import { speechAnalysisSchema } from "@/lib/speech/schema";
import { timelinePointSchema, visionSummarySchema } from "@/lib/vision/schemas";

type Tx = Prisma.TransactionClient;

export async function refreshDerivedResults(tx: Tx, answerId: string): Promise<void> {
  const answer = await tx.answer.findUniqueOrThrow({
    where: { id: answerId },
    select: { speechAnalysis: true, visionSummary: true, visionTimeline: true },
  });
  // Stored JSON is re-validated: a record written by an older version must not crash scoring.
  const speech = speechAnalysisSchema.safeParse(answer.speechAnalysis);
  const vision = visionSummarySchema.safeParse(answer.visionSummary);
  const timeline = z.array(timelinePointSchema).safeParse(answer.visionTimeline);
  const scores = computeAnswerScores(speech.success ? speech.data : null, vision.success ? vision.data : null, {
    timeline: timeline.success ? timeline.data : null,
  });
  await tx.answer.update({
    where: { id: answerId },
    data: { scores: scores as unknown as Prisma.InputJsonValue, scoringVersion: SCORING_VERSION },
  });
  await recordAnswerContributions(tx, answerId);
}
