import type { PercentileLookup } from "@/lib/benchmarks/contributions";
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
