/** Small series helpers for the timeline and summary (pure, null-tolerant); mean, median and SD are lib/stats. */

/** Most frequent value; ties go to the first one seen, so the result is deterministic. */
export function mode<T>(values: readonly T[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

/**
 * Centred moving average over `radius` neighbours each side. Null entries are skipped when
 * averaging and stay null, so smoothing never invents a value where nothing was observed.
 */
export function smoothSeries(values: readonly (number | null)[], radius: number): (number | null)[] {
  return values.map((v, i) => {
    if (v === null) return null;
    let sum = 0;
    let n = 0;
    for (let j = Math.max(0, i - radius); j <= Math.min(values.length - 1, i + radius); j++) {
      const w = values[j];
      if (w !== null && w !== undefined) {
        sum += w;
        n++;
      }
    }
    return sum / n;
  });
}

export const round = (v: number, digits = 3) => {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};
