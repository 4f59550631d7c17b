/**
 * Composure: how steady the observed signals stayed over the answer. Pure.
 * It describes the recording (expression changes, speaking-rate changes, fillers), never a felt state.
 *
 * Components, each 0..100, combined by weightedMean (missing parts are skipped, not zeroed):
 *   expression steadiness (0.4): the timeline's 7-class expression probabilities are averaged per
 *     1 s; d = mean total-variation distance between consecutive seconds (0 = identical, 1 =
 *     disjoint). 100 at d <= 0.05, 0 at d >= 0.30, linear between (heuristic: 0.30 per second means
 *     the dominant expression swings most seconds). Needs the face-evidence rules and >= 10 pairs.
 *   speaking-rate steadiness (0.3): coefficient of variation of words per minute over the 10 s
 *     pace windows; 100 at CV <= 0.20, 0 at CV >= 0.60 (heuristic). Needs >= 3 windows.
 *   fillers (0.3): fillers per 100 words; 100 at <= 2, 0 at >= 10. Spontaneous conversation has
 *     about 6 disfluencies per 100 words of which filled pauses are roughly a fifth to a third
 *     (Bortfeld et al. 2001, Language and Speech 44; Shriberg 1994), so <= 2 is ordinary. Skipped
 *     entirely when the candidate turned disfluency scoring off (fillers.scored === false).
 *   repetitions and stammers (0.2): word, phrase and part-word repeats, prolongations and blocks per
 *     100 words; 100 at <= 1, 0 at >= 6. Fluent adults produce about 1-2 repetitions per 100 words, and
 *     3 stuttering-like disfluencies per 100 syllables is the usual clinical line (Ambrose & Yairi 1999,
 *     JSLHR 42). Skipped when the candidate turned disfluency scoring off, or when no transcript exists.
 */
import type { SpeechAnalysis } from "@/lib/speech/schema";
import { EMOTION_LABELS } from "@/lib/vision/constants";
import type { TimelinePoint, VisionSummary } from "@/lib/vision/schemas";
import { combineEvidence, faceEvidence, speechEvidence, type Evidence } from "./evidence";
import { fillerRate, fillerRateText } from "./filler-rate";
import { insufficient, ramp, round, toScore, weightedMean, type ScoreInput, type ScoreResult } from "./types";

export const COMPOSURE = {
  weights: { expression: 0.4, pace: 0.3, fillers: 0.3, repetitions: 0.2 },
  expressionChange: { best: 0.05, worst: 0.3 },
  minExpressionPairs: 10,
  paceCv: { best: 0.2, worst: 0.6 },
  minPaceWindows: 3,
  fillersPer100: { best: 2, worst: 10 },
  repetitionsPer100: { best: 1, worst: 6 },
} as const;

/** Mean per-second expression vectors (null for seconds without a face). */
export function perSecondExpressions(timeline: readonly TimelinePoint[]): (number[] | null)[] {
  const buckets = new Map<number, { sum: number[]; n: number }>();
  for (const p of timeline) {
    if (!p.emotions) continue;
    const s = Math.floor(p.t);
    const b = buckets.get(s) ?? { sum: new Array<number>(EMOTION_LABELS.length).fill(0), n: 0 };
    p.emotions.forEach((v, i) => (b.sum[i] = (b.sum[i] ?? 0) + v));
    b.n += 1;
    buckets.set(s, b);
  }
  const last = timeline.reduce((m, p) => Math.max(m, Math.floor(p.t)), -1);
  return Array.from({ length: last + 1 }, (_, s) => {
    const b = buckets.get(s);
    return b ? b.sum.map((v) => v / b.n) : null;
  });
}

/** Mean total-variation distance between consecutive seconds that both saw a face. */
export function expressionChangeRate(timeline: readonly TimelinePoint[]): { meanChange: number; pairs: number } {
  const seconds = perSecondExpressions(timeline);
  let total = 0;
  let pairs = 0;
  for (let i = 1; i < seconds.length; i++) {
    const a = seconds[i - 1];
    const b = seconds[i];
    if (!a || !b) continue;
    total += 0.5 * a.reduce((s, v, k) => s + Math.abs(v - (b[k] ?? 0)), 0);
    pairs += 1;
  }
  return { meanChange: pairs > 0 ? total / pairs : 0, pairs };
}

export function coefficientOfVariation(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const m = xs.reduce((s, x) => s + x, 0) / xs.length;
  if (m === 0) return 0;
  const v = xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
  return Math.sqrt(v) / m;
}

export function composureScore(
  speech: SpeechAnalysis | null,
  vision: VisionSummary | null,
  timeline: readonly TimelinePoint[] | null,
): ScoreResult {
  const C = COMPOSURE;
  const inputs: ScoreInput[] = [];
  const observations: string[] = [];
  const used: Evidence[] = [];

  let expression: number | null = null;
  const face = faceEvidence(vision);
  if (face.level !== "insufficient" && timeline) {
    const { meanChange, pairs } = expressionChangeRate(timeline);
    if (pairs >= C.minExpressionPairs) {
      expression = 100 * (1 - ramp(meanChange, C.expressionChange.best, C.expressionChange.worst));
      inputs.push({ name: "Expression change per second", value: round(meanChange, 3), unit: "of the expression mix, on a 0-1 scale (0: no change, 1: a complete switch)" });
      observations.push(
        meanChange <= C.expressionChange.best
          ? "Your facial expression stayed steady from second to second."
          : `Your facial expression changed by ${round(meanChange * 100, 0)}% per second on average.`,
      );
      used.push(face);
    }
  } else if (face.level !== "insufficient") {
    used.push({ level: "medium", reasons: ["No expression timeline was stored, so expression steadiness was not measured."] });
  } else {
    used.push(face);
  }

  let pace: number | null = null;
  let fillers: number | null = null;
  let repetitions: number | null = null;
  const heard = speechEvidence(speech);
  if (speech && heard.level !== "insufficient") {
    const windows = speech.pace.windows.map((w) => w.wpm);
    if (windows.length >= C.minPaceWindows) {
      const cv = coefficientOfVariation(windows);
      pace = 100 * (1 - ramp(cv, C.paceCv.best, C.paceCv.worst));
      inputs.push({ name: "Speaking-rate variation", value: round(cv * 100, 0), unit: "% (how much the rate differed between 10-second stretches)" });
      observations.push(`Your speaking rate ranged from ${Math.min(...windows)} to ${Math.max(...windows)} words per minute across the answer.`);
    }
    const transcribed = speech.transcriptStatus?.available !== false;
    if (speech.repetitions.scored && transcribed) {
      const per100 = speech.repetitions.per100Words;
      repetitions = 100 * (1 - ramp(per100, C.repetitionsPer100.best, C.repetitionsPer100.worst));
      inputs.push({ name: "Repetitions and stammers", value: round(per100, 1), unit: "per 100 words" });
      observations.push(`${round(per100, 1)} repetitions and stammers per 100 words (${speech.repetitions.count} in total).`);
    } else if (!speech.repetitions.scored) {
      observations.push("Repetitions and stammers are shown on your answer but not scored, as you chose.");
    }
    if (speech.fillers.scored && transcribed) {
      const per100 = speech.fillers.per100Words;
      fillers = 100 * (1 - ramp(per100, C.fillersPer100.best, C.fillersPer100.worst));
      inputs.push({ name: "Fillers", value: fillerRate(speech.fillers), unit: "per 100 words" });
      observations.push(`${fillerRateText(speech.fillers)} fillers per 100 words (${speech.fillers.count} in total).`);
    } else if (!speech.fillers.scored) {
      observations.push("Filler words are listed in your transcript but not scored, as you chose.");
    }
    used.push(heard);
  } else {
    used.push(heard);
  }

  const value = weightedMean([
    { score: expression, weight: C.weights.expression },
    { score: pace, weight: C.weights.pace },
    { score: fillers, weight: C.weights.fillers },
    { score: repetitions, weight: C.weights.repetitions },
  ]);
  const evidence = combineEvidence(used);
  if (value === null) return insufficient(evidence.reasons, inputs, observations);
  return { value: toScore(value), inputs, reliability: evidence, observations };
}
