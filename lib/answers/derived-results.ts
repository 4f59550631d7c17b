/**
 * Everything computed from an answer's stored measurements: composite scores and the answer's
 * benchmark contributions. Runs inside the transaction that stored the measurements.
 */
import { recordAnswerContributions } from "@/lib/benchmarks/contributions";
import type { Prisma } from "@/lib/db/generated/client";
import { computeAnswerScores, SCORING_VERSION } from "@/lib/scoring";
import { readStored } from "./stored-json";

type Tx = Prisma.TransactionClient;

export async function refreshDerivedResults(tx: Tx, answerId: string): Promise<void> {
  const answer = await tx.answer.findUniqueOrThrow({
    where: { id: answerId },
    select: { speechAnalysis: true, visionSummary: true, visionTimeline: true },
  });
  // Stored JSON is re-validated: a record written by an older version must not crash scoring (it is logged).
  const scores = computeAnswerScores(readStored("speechAnalysis", answer.speechAnalysis, answerId), readStored("visionSummary", answer.visionSummary, answerId), {
    timeline: readStored("visionTimeline", answer.visionTimeline, answerId),
  });
  await tx.answer.update({
    where: { id: answerId },
    data: { scores, scoringVersion: SCORING_VERSION },
  });
  await recordAnswerContributions(tx, answerId);
}
