/**
 * Metric values of a stored answer, from its JSON columns (Answer.speechAnalysis, visionSummary,
 * scores). Each column is validated with its zod schema; an invalid or missing column contributes
 * nothing rather than failing the caller. Pure.
 */
import { answerScoresSchema, SCORING_VERSION } from "@/lib/scoring/types";
import { speechAnalysisSchema } from "@/lib/speech/schema";
import { visionSummarySchema } from "@/lib/vision/schemas";
import { quantize } from "./aggregate";
import { extractMetricValues, type MetricId } from "./catalogue";

export interface StoredAnswerColumns {
  speechAnalysis: unknown;
  visionSummary: unknown;
  scores: unknown;
}

/** Quantized (as stored in aggregates) metric values; scores from another SCORING_VERSION are left out. */
export function metricValuesFromStored(answer: StoredAnswerColumns): Map<MetricId, number> {
  const speech = speechAnalysisSchema.safeParse(answer.speechAnalysis);
  const vision = visionSummarySchema.safeParse(answer.visionSummary);
  const scores = answerScoresSchema.safeParse(answer.scores);
  const values = extractMetricValues({
    speech: speech.success ? speech.data : null,
    vision: vision.success ? vision.data : null,
    // Mixing formula versions in one cohort would compare different things.
    scores: scores.success && scores.data.version === SCORING_VERSION ? scores.data : null,
  });
  return new Map([...values].map(([id, v]) => [id, quantize(v)]));
}
