import type { PercentileLookup } from "@/lib/benchmarks/contributions";
import { VOCAL_CLASSES, type VocalClass } from "@/lib/speech/vocal-expression/classes";
import { EMOTION_LABELS, type EmotionLabel } from "@/lib/vision/constants";

/**
 * The cohort's mean observed-expression distribution for this question, from the descriptive
 * expression aggregates; null ("not enough data yet") unless every label has a large enough cohort.
 */
export function cohortExpressionDistribution(lookup: PercentileLookup): { n: number; distribution: Record<EmotionLabel, number> } | null {
  const distribution = {} as Record<EmotionLabel, number>;
  let n = Infinity;
  for (const label of EMOTION_LABELS) {
    const view = lookup[`vision.expression.${label}`]?.question;
    if (!view || view.status !== "ok") return null;
    distribution[label] = view.mean / 100;
    n = Math.min(n, view.n);
  }
  return { n, distribution };
}

/** The same for the voice: the cohort's mean vocal-expression distribution, by the same rules. */
export function cohortVocalDistribution(lookup: PercentileLookup): { n: number; distribution: Record<VocalClass, number> } | null {
  const distribution = {} as Record<VocalClass, number>;
  let n = Infinity;
  for (const c of VOCAL_CLASSES) {
    const view = lookup[`speech.vocal-expression.${c}`]?.question;
    if (!view || view.status !== "ok") return null;
    distribution[c] = view.mean / 100;
    n = Math.min(n, view.n);
  }
  return { n, distribution };
}
