/**
 * Running aggregates of one metric (count, sum, sum of squares, fixed-bin histogram) and the
 * exact add/remove arithmetic on them. Pure; lib/benchmarks/contributions.ts mirrors applyDelta in
 * SQL so the database and these functions agree.
 *
 * Exactness: every contributed value is first rounded to a multiple of 1/256 (quantize). Sums of
 * such numbers are exact in IEEE doubles while |sum| < 2^45 (~3.5e13), and their squares are
 * multiples of 2^-16, exact while sumSq < 2^37 (~1.4e11; e.g. 2.4 million answers at 240 wpm).
 * So subtracting a contribution restores the previous aggregate bit for bit, in JS and in
 * PostgreSQL's float8 alike, and incremental updates equal recomputation in any order.
 * 1/256 (~0.004) is far below the resolution of any metric in the catalogue.
 */
import type { MetricBins } from "./catalogue";

export const QUANTUM = 1 / 256;

export interface Aggregate {
  count: number;
  sum: number;
  sumSq: number;
  /** Counts per fixed bin (MetricBins.count entries). */
  histogram: number[];
}

/** A signed change to an aggregate; adding or removing contributions is applying one of these. */
export type AggregateDelta = Aggregate;

export function quantize(value: number): number {
  if (!Number.isFinite(value)) throw new Error(`benchmark value must be finite, got ${value}`);
  return Math.round(value / QUANTUM) * QUANTUM;
}

export function emptyAggregate(bins: MetricBins): Aggregate {
  return { count: 0, sum: 0, sumSq: 0, histogram: new Array<number>(bins.count).fill(0) };
}

export function binWidth(bins: MetricBins): number {
  return (bins.max - bins.min) / bins.count;
}

/** Bin of a value; values outside [min, max] land in the first or last bin (the max itself is in the last). */
export function binIndex(bins: MetricBins, value: number): number {
  const i = Math.floor((value - bins.min) / binWidth(bins));
  return Math.min(bins.count - 1, Math.max(0, i));
}

/** The change one (quantized) value makes: sign +1 to add, -1 to remove. */
export function contributionDelta(bins: MetricBins, value: number, sign: 1 | -1 = 1): AggregateDelta {
  const v = quantize(value);
  const delta = emptyAggregate(bins);
  delta.count = sign;
  delta.sum = sign * v;
  delta.sumSq = sign * v * v;
  delta.histogram[binIndex(bins, v)] = sign;
  return delta;
}

/** a + b, element-wise, no checks (deltas may be negative); shorter histograms are padded with zeros. */
export function combineDeltas(a: AggregateDelta, b: AggregateDelta): AggregateDelta {
  const length = Math.max(a.histogram.length, b.histogram.length);
  const histogram = Array.from({ length }, (_, i) => (a.histogram[i] ?? 0) + (b.histogram[i] ?? 0));
  return { count: a.count + b.count, sum: a.sum + b.sum, sumSq: a.sumSq + b.sumSq, histogram };
}

/** An aggregate after a change; throws if any count would go negative (removing what was never added). */
export function applyDelta(a: Aggregate, b: AggregateDelta): Aggregate {
  const next = combineDeltas(a, b);
  if (next.count < 0 || next.histogram.some((c) => c < 0)) {
    throw new Error("benchmark aggregate would go negative: removing a contribution that was never added");
  }
  return next;
}

export function addContribution(agg: Aggregate, bins: MetricBins, value: number): Aggregate {
  return applyDelta(agg, contributionDelta(bins, value, 1));
}

export function removeContribution(agg: Aggregate, bins: MetricBins, value: number): Aggregate {
  return applyDelta(agg, contributionDelta(bins, value, -1));
}

/** From scratch, for tests and repair jobs: the aggregate of a list of values. */
export function aggregateOf(bins: MetricBins, values: readonly number[]): Aggregate {
  return values.reduce((agg, v) => addContribution(agg, bins, v), emptyAggregate(bins));
}

export function mean(agg: Aggregate): number | null {
  return agg.count > 0 ? agg.sum / agg.count : null;
}

/** Sample variance (n - 1); 0 for a single value; clamped at 0 against rounding. */
export function variance(agg: Aggregate): number | null {
  if (agg.count === 0) return null;
  if (agg.count === 1) return 0;
  return Math.max(0, (agg.sumSq - (agg.sum * agg.sum) / agg.count) / (agg.count - 1));
}

export function standardDeviation(agg: Aggregate): number | null {
  const v = variance(agg);
  return v === null ? null : Math.sqrt(v);
}

/**
 * Percentile rank (0..100) of `value`: the share of the cohort below it, read from the histogram
 * and assuming values spread evenly inside a bin (linear interpolation). Below the range -> 0,
 * at or above the top -> 100. Null for an empty aggregate.
 */
export function percentileOf(agg: Aggregate, bins: MetricBins, value: number): number | null {
  const n = agg.histogram.reduce((s, c) => s + c, 0);
  if (n === 0) return null;
  if (value <= bins.min) return 0;
  if (value >= bins.max) return 100;
  const width = binWidth(bins);
  const i = binIndex(bins, value);
  const below = agg.histogram.slice(0, i).reduce((s, c) => s + c, 0);
  const inside = (agg.histogram[i] ?? 0) * ((value - (bins.min + i * width)) / width);
  return (100 * (below + inside)) / n;
}
