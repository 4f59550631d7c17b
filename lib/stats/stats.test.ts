import { describe, expect, it } from "vitest";
import { clamp01, mean, median, populationStd, quantile, quantileSorted, sampleStd } from ".";

describe("lib/stats", () => {
  it("says 'no value' for empty input instead of a number", () => {
    expect(median([])).toBeNull();
    expect(quantile([], 0.9)).toBeNull();
    expect(mean([])).toBeNull();
    expect(populationStd([])).toBeNull();
    expect(sampleStd([3])).toBeNull();
  });

  it("computes medians and interpolated quantiles by hand-checked values", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    // positions (n - 1) * q over [10, 20, 30, 40]: 0.25 -> 0.75 -> 17.5; 0.9 -> 2.7 -> 37
    expect(quantileSorted([10, 20, 30, 40], 0.25)).toBeCloseTo(17.5, 10);
    expect(quantile([40, 10, 30, 20], 0.9)).toBeCloseTo(37, 10);
    expect(quantile([7], 0.95)).toBe(7);
  });

  it("tells population from sample standard deviation", () => {
    // [2, 4, 4, 4, 5, 5, 7, 9]: mean 5, squared deviations sum to 32
    const values = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(populationStd(values)).toBeCloseTo(2, 10); // sqrt(32 / 8)
    expect(sampleStd(values)).toBeCloseTo(Math.sqrt(32 / 7), 10);
  });

  it("clamps to [0, 1] and reads NaN as 0", () => {
    expect([clamp01(-0.2), clamp01(0.4), clamp01(3), clamp01(Number.NaN), clamp01(Infinity), clamp01(-Infinity)]).toEqual([0, 0.4, 1, 0, 1, 0]);
  });
});
