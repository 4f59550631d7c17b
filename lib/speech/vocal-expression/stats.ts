// Summary statistics over a frame track (pure), used to pool per-frame features into one vector.
// Mean, SD and quantiles are lib/stats; an empty track pools to 0 here, as the classifier was trained.
import { mean as meanOf, populationStd, quantile as quantileOf } from "../../stats";

export const mean = (xs: ArrayLike<number>): number => meanOf(Array.from(xs)) ?? 0;

/** Population standard deviation (0 for fewer than two values). */
export const std = (xs: ArrayLike<number>): number => (xs.length < 2 ? 0 : (populationStd(Array.from(xs)) ?? 0));

/** Linear-interpolated quantile, q in [0, 1] (0 for an empty track). */
export const quantile = (xs: ArrayLike<number>, q: number): number => quantileOf(xs, q) ?? 0;

/** Mean absolute difference between consecutive values: how fast a track moves. */
export function meanAbsDelta(xs: ArrayLike<number>): number {
  if (xs.length < 2) return 0;
  let s = 0;
  for (let i = 1; i < xs.length; i++) s += Math.abs(xs[i]! - xs[i - 1]!);
  return s / (xs.length - 1);
}

/** Least-squares slope of ys over ts (0 when ts has no spread). */
export function slope(ts: ArrayLike<number>, ys: ArrayLike<number>): number {
  const mt = mean(ts);
  const my = mean(ys);
  let num = 0;
  let den = 0;
  for (let i = 0; i < ts.length; i++) {
    num += (ts[i]! - mt) * (ys[i]! - my);
    den += (ts[i]! - mt) ** 2;
  }
  return den > 0 ? num / den : 0;
}
