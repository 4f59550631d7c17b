/**
 * Metric values of a stored answer, from its JSON columns (Answer.speechAnalysis, visionSummary,
 * scores). Each column is read with today's zod schema (lib/answers/stored-json); an invalid
 * column is logged and, like a missing one, contributes nothing rather than failing the caller.
 */
import { readStored, type StoredValue } from "@/lib/answers/stored-json";
import { SCORING_VERSION } from "@/lib/scoring/types";
import { quantize } from "./aggregate";
import { extractMetricValues, type MetricId } from "./catalogue";

export interface StoredAnswerColumns {
  /** For the log line when a column cannot be read. */
  id?: string;
  speechAnalysis: unknown;
  visionSummary: unknown;
  scores: unknown;
}

/** Quantized (as stored in aggregates) metric values; scores from another SCORING_VERSION are left out. */
export function metricValuesFromStored(answer: StoredAnswerColumns): Map<MetricId, number> {
  const id = answer.id ?? "(unknown)";
  return metricValuesFromParsed({
    speech: readStored("speechAnalysis", answer.speechAnalysis, id),
    vision: readStored("visionSummary", answer.visionSummary, id),
    scores: readStored("scores", answer.scores, id),
  });
}

/** The same from columns already read with readStored (a report has them), so nothing is parsed twice. */
export function metricValuesFromParsed(answer: {
  speech: StoredValue<"speechAnalysis"> | null;
  vision: StoredValue<"visionSummary"> | null;
  scores: StoredValue<"scores"> | null;
}): Map<MetricId, number> {
  const values = extractMetricValues({
    speech: answer.speech,
    vision: answer.vision,
    // Mixing formula versions in one cohort would compare different things (the rescore job catches up).
    scores: answer.scores?.version === SCORING_VERSION ? answer.scores : null,
  });
  return new Map([...values].map(([id, v]) => [id, quantize(v)]));
}
