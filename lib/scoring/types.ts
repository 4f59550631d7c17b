/**
 * Shared shapes and small helpers for composite scores. Pure, no runtime marker: the scores are
 * computed on the server but the types and the zod schema are read by the UI and by lib/benchmarks.
 */
import { z } from "zod";
import { clamp01 } from "@/lib/stats";

/** Bump whenever a formula, weight or threshold in lib/scoring changes the numbers. */
export const SCORING_VERSION = "scoring@1.0.0";

export const RELIABILITY_LEVELS = ["high", "medium", "low", "insufficient"] as const;
export type ReliabilityLevel = (typeof RELIABILITY_LEVELS)[number];

export const scoreInputSchema = z.object({ name: z.string(), value: z.number().nullable(), unit: z.string() });
export const reliabilitySchema = z.object({ level: z.enum(RELIABILITY_LEVELS), reasons: z.array(z.string()) });
export const scoreResultSchema = z.object({
  /** 0..100, or null when the data was insufficient to say anything. */
  value: z.number().min(0).max(100).nullable(),
  inputs: z.array(scoreInputSchema),
  reliability: reliabilitySchema,
  /** Plain statements of what was measured; never a judgement about the person. */
  observations: z.array(z.string()),
});

export type ScoreInput = z.infer<typeof scoreInputSchema>;
export type Reliability = z.infer<typeof reliabilitySchema>;
export type ScoreResult = z.infer<typeof scoreResultSchema>;

export const SCORE_IDS = ["attentiveness", "composure", "engagement", "thinkingTime", "signalMismatch"] as const;
export type ScoreId = (typeof SCORE_IDS)[number];

/** What is stored in Answer.scores (JSON); Answer.scoringVersion repeats the version for indexing. */
export const answerScoresSchema = z.object({
  version: z.string(),
  attentiveness: scoreResultSchema,
  composure: scoreResultSchema,
  engagement: scoreResultSchema,
  thinkingTime: scoreResultSchema,
  signalMismatch: scoreResultSchema,
});
export type AnswerScores = z.infer<typeof answerScoresSchema>;

/** Linear ramp: 0 at `from`, 1 at `to` (works for from > to too), clamped. */
export function ramp(x: number, from: number, to: number): number {
  return clamp01((x - from) / (to - from));
}

export const round = (x: number, digits = 1) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

export const pct = (share: number) => `${Math.round(share * 100)}%`;

const ORDER: Record<ReliabilityLevel, number> = { high: 3, medium: 2, low: 1, insufficient: 0 };

/** The weaker of two levels: a score is only as sure as its least sure input. */
export function weakest(...levels: ReliabilityLevel[]): ReliabilityLevel {
  return levels.reduce((a, b) => (ORDER[a] <= ORDER[b] ? a : b), "high" as ReliabilityLevel);
}

export function insufficient(reasons: string[], inputs: ScoreInput[] = [], observations: string[] = []): ScoreResult {
  return { value: null, inputs, reliability: { level: "insufficient", reasons }, observations };
}

/**
 * Weighted mean of the components that could be measured, re-normalised over their weights, so a
 * missing camera or a turned-off filler score does not count as zero. Null when none was measured.
 */
export function weightedMean(parts: { score: number | null; weight: number }[]): number | null {
  const present = parts.filter((p): p is { score: number; weight: number } => p.score !== null);
  const totalWeight = present.reduce((s, p) => s + p.weight, 0);
  if (present.length === 0 || totalWeight === 0) return null;
  return present.reduce((s, p) => s + p.score * p.weight, 0) / totalWeight;
}

export const toScore = (x: number | null) => (x === null ? null : round(Math.min(100, Math.max(0, x)), 1));

/** A score input as text: "92% of face-visible time", "6 times", "2.4 s"; a percentage sign sits on the number. */
export function formatScoreInput(input: ScoreInput): string {
  if (input.value === null) return "—";
  const value = Number.isInteger(input.value) ? String(input.value) : String(Math.round(input.value * 100) / 100);
  return input.unit.startsWith("%") ? `${value}${input.unit}` : `${value} ${input.unit}`;
}
