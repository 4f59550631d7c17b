/**
 * What the candidate is shown about a cohort: a number only when enough people contributed. Pure.
 */
import { mean, percentileOf, standardDeviation, type Aggregate } from "./aggregate";
import { getMetric } from "./catalogue";

/** Below this many answers a cohort is "not enough data yet" (privacy and stability). */
export const DEFAULT_MIN_COHORT = 5;

/** An aggregate together with the metric it counts (a BenchmarkAggregate row has both). */
export interface MetricAggregate extends Aggregate {
  metric: string;
}

export type CohortView =
  | { status: "ok"; n: number; mean: number; sd: number; percentile: number }
  | { status: "insufficient"; n: number; needed: number };

/** The bins come from the metric's catalogue entry; an unknown metric id is a programming error. */
export function cohortView(aggregate: MetricAggregate, value: number, minCohort: number = DEFAULT_MIN_COHORT): CohortView {
  const metric = getMetric(aggregate.metric);
  if (!metric) throw new Error(`unknown benchmark metric ${aggregate.metric}`);
  const n = aggregate.count;
  if (n < minCohort) return { status: "insufficient", n, needed: minCohort - n };
  return {
    status: "ok",
    n,
    mean: mean(aggregate) ?? 0,
    sd: standardDeviation(aggregate) ?? 0,
    percentile: percentileOf(aggregate, metric.bins, value) ?? 0,
  };
}

/** Plain words for the UI: where this value sits among other answers, never a rank of the person. */
export function describeCohort(view: CohortView): string {
  if (view.status === "insufficient") {
    const needed = view.n + view.needed;
    return `Not enough data yet: a comparison needs ${needed} answers from candidates who share anonymously; ${view.n === 0 ? "none" : view.n} so far.`;
  }
  return `Higher than ${Math.round(view.percentile)}% of ${view.n} answers to compare with.`;
}
