/**
 * The metrics that are benchmarked across consenting candidates. Pure; shared by the server (which
 * keeps the aggregates) and the UI (labels, units, direction).
 *
 * Rules for a metric here:
 * - Fixed histogram bins [min, max, count]: stored aggregates depend on them, so changing the bins
 *   (or the meaning) of a metric needs a NEW id (e.g. "speech.wpm.v2"); old aggregates stay readable.
 * - An extractor returns null when the answer's data is insufficient by the same rules as the scores
 *   (lib/scoring/evidence.ts), so thin data never enters a cohort.
 * - No "signals disagreed" metric: ranking people on it would read as a verdict.
 * - Filler and repetition rates are only counted when the candidate kept disfluency scoring on.
 */
import { faceEvidence, gazeEvidence, speechEvidence, vocalExpressionEvidence, voiceEvidence } from "@/lib/scoring/evidence";
import type { AnswerScores, ScoreId } from "@/lib/scoring/types";
import type { SpeechAnalysis } from "@/lib/speech/schema";
import { VOCAL_CLASSES, type VocalClass } from "@/lib/speech/vocal-expression/classes";
import { EMOTION_LABELS, type EmotionLabel } from "@/lib/vision/constants";
import type { VisionSummary } from "@/lib/vision/schemas";

export interface MetricBins {
  min: number;
  max: number;
  count: number;
}

export type MetricDirection =
  | { kind: "higher-is-better" }
  | { kind: "lower-is-better" }
  /** Inside [min, max] is the goal; further away on either side is less usual. */
  | { kind: "target-band"; min: number; max: number }
  /** Neither more nor less is better: shown for context only (observed expression shares). */
  | { kind: "descriptive" };

export interface MetricInputs {
  speech: SpeechAnalysis | null;
  vision: VisionSummary | null;
  scores: AnswerScores | null;
}

export interface MetricDefinition {
  id: string;
  label: string;
  unit: string;
  bins: MetricBins;
  direction: MetricDirection;
  extract: (inputs: MetricInputs) => number | null;
}

function fromScore(id: ScoreId) {
  return ({ scores }: MetricInputs) => {
    const s = scores?.[id];
    return s && s.value !== null && s.reliability.level !== "insufficient" ? s.value : null;
  };
}

const scoreBins: MetricBins = { min: 0, max: 100, count: 20 };

/**
 * Mean observed-expression probability over face-visible time, per label, so a report can show
 * the cohort's expression distribution beside the candidate's. Descriptive: no label is "better".
 */
function expressionMetric(label: EmotionLabel) {
  return {
    id: `vision.expression.${label}` as const,
    label: `Observed expression: ${label}`,
    unit: "% of face-visible time",
    bins: { min: 0, max: 100, count: 20 },
    direction: { kind: "descriptive" as const },
    extract: ({ vision }: MetricInputs) =>
      vision?.emotionDistribution && faceEvidence(vision).level !== "insufficient" ? vision.emotionDistribution[label] * 100 : null,
  };
}

/** The same for the voice: mean vocal-expression probability over classified speech, per class. Descriptive. */
function vocalExpressionMetric(label: VocalClass) {
  return {
    id: `speech.vocal-expression.${label}` as const,
    label: `Vocal expression: sounded ${label}`,
    unit: "% of classified speech",
    bins: { min: 0, max: 100, count: 20 },
    direction: { kind: "descriptive" as const },
    extract: ({ speech }: MetricInputs) =>
      speech?.vocalExpression && vocalExpressionEvidence(speech).level !== "insufficient" ? speech.vocalExpression.distribution[label] * 100 : null,
  };
}

export const METRICS = [
  {
    id: "speech.wpm",
    label: "Speaking pace",
    unit: "words per minute",
    bins: { min: 60, max: 240, count: 36 },
    // Same band as lib/speech/metrics/pace.ts PACE_TARGET (140-160 wpm).
    direction: { kind: "target-band", min: 140, max: 160 },
    extract: ({ speech }) => (speech && speechEvidence(speech).level !== "insufficient" ? speech.pace.wpm : null),
  },
  {
    id: "speech.fillers-per-100-words",
    label: "Fillers",
    unit: "per 100 words",
    bins: { min: 0, max: 20, count: 40 },
    direction: { kind: "lower-is-better" },
    extract: ({ speech }) =>
      speech && speech.fillers.scored && speechEvidence(speech).level !== "insufficient" ? speech.fillers.per100Words : null,
  },
  {
    id: "speech.repetitions-per-100-words",
    label: "Repetitions and stammers",
    unit: "per 100 words",
    bins: { min: 0, max: 20, count: 40 },
    direction: { kind: "lower-is-better" },
    // Same rule as fillers: only for candidates who let them count, and only with a transcript.
    extract: ({ speech }) =>
      speech && speech.repetitions.scored && speech.transcriptStatus?.available !== false && speechEvidence(speech).level !== "insufficient"
        ? speech.repetitions.per100Words
        : null,
  },
  {
    id: "speech.time-to-first-word",
    label: "Pause before the first word",
    unit: "s",
    bins: { min: 0, max: 20, count: 40 },
    direction: { kind: "target-band", min: 1, max: 4 },
    extract: ({ speech }) => (speech && speech.pace.wordCount > 0 ? speech.pauses.timeToFirstWordSec : null),
  },
  {
    id: "speech.pitch-variation",
    label: "Pitch variation",
    unit: "semitones",
    bins: { min: 0, max: 8, count: 32 },
    direction: { kind: "higher-is-better" },
    extract: ({ speech }) => (speech && voiceEvidence(speech).level !== "insufficient" ? speech.voice.variabilitySemitones : null),
  },
  {
    id: "vision.eye-contact",
    label: "Eye contact",
    unit: "% of face-visible time",
    bins: { min: 0, max: 100, count: 20 },
    direction: { kind: "higher-is-better" },
    extract: ({ vision }) =>
      vision && vision.eyeContactShare !== null && gazeEvidence(vision).level !== "insufficient" ? vision.eyeContactShare * 100 : null,
  },
  {
    id: "vision.look-away-per-minute",
    label: "Looking away",
    unit: "episodes per minute",
    bins: { min: 0, max: 20, count: 40 },
    direction: { kind: "lower-is-better" },
    extract: ({ vision }) =>
      vision && vision.durationMs > 0 && faceEvidence(vision).level !== "insufficient"
        ? vision.lookingAway.count / (vision.durationMs / 60_000)
        : null,
  },
  { id: "score.attentiveness", label: "Attentiveness", unit: "0-100", bins: scoreBins, direction: { kind: "higher-is-better" }, extract: fromScore("attentiveness") },
  { id: "score.composure", label: "Composure", unit: "0-100", bins: scoreBins, direction: { kind: "higher-is-better" }, extract: fromScore("composure") },
  { id: "score.engagement", label: "Engagement", unit: "0-100", bins: scoreBins, direction: { kind: "higher-is-better" }, extract: fromScore("engagement") },
  ...EMOTION_LABELS.map(expressionMetric),
  ...VOCAL_CLASSES.map(vocalExpressionMetric),
  {
    // The face model's "neutral" covers both: the trend the dashboards chart for the voice.
    id: "speech.vocal-expression.neutral-or-calm",
    label: "Vocal expression: sounded neutral or calm",
    unit: "% of classified speech",
    bins: { min: 0, max: 100, count: 20 },
    direction: { kind: "descriptive" },
    extract: ({ speech }) =>
      speech?.vocalExpression && vocalExpressionEvidence(speech).level !== "insufficient"
        ? (speech.vocalExpression.distribution.neutral + speech.vocalExpression.distribution.calm) * 100
        : null,
  },
] as const satisfies readonly MetricDefinition[];

export type MetricId = (typeof METRICS)[number]["id"];

const BY_ID = new Map<string, MetricDefinition>(METRICS.map((m) => [m.id, m]));

export function getMetric(id: string): MetricDefinition | undefined {
  return BY_ID.get(id);
}

/** Every metric value this answer can contribute (metrics with insufficient data are left out). */
export function extractMetricValues(inputs: MetricInputs): Map<MetricId, number> {
  const values = new Map<MetricId, number>();
  for (const m of METRICS) {
    const v = m.extract(inputs);
    if (v !== null && Number.isFinite(v)) values.set(m.id, v);
  }
  return values;
}
