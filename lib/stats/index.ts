/**
 * The one set of descriptive statistics the app uses (pure; safe in the browser, workers, the
 * server and scripts). Each returns null when its input has no values, rather than a number that
 * could pass for a measurement; callers say what an empty input means where they use it.
 * Sums, means and deviations come from simple-statistics (compensated summation).
 */
import { mean as ssMean, sampleStandardDeviation, standardDeviation } from "simple-statistics";

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : ssMean(values);
}

/** Population standard deviation: describes exactly these values (one answer, one track). */
export function populationStd(values: readonly number[]): number | null {
  return values.length === 0 ? null : standardDeviation(values);
}

/** Sample standard deviation (n - 1): estimates the spread of what these values were drawn from. */
export function sampleStd(values: readonly number[]): number | null {
  return values.length < 2 ? null : sampleStandardDeviation(values);
}

/**
 * Quantile of values already sorted ascending, q in [0, 1], by linear interpolation between the
 * two nearest ranks (R's type 7, numpy's default): the 0.5 quantile of an even count is the mean
 * of the middle two.
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(position);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (position - lo);
}

/** quantileSorted of values in any order (sorted on a copy). */
export function quantile(values: ArrayLike<number>, q: number): number | null {
  return quantileSorted(Float64Array.from(values).sort(), q);
}

export function median(values: ArrayLike<number>): number | null {
  return quantile(values, 0.5);
}

export const clamp = (value: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, value));

/** Clamps to [0, 1]; NaN (0 / 0 upstream) reads as 0, not as a share. */
export const clamp01 = (value: number) => (Number.isNaN(value) ? 0 : clamp(value, 0, 1));
