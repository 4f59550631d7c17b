import { seededRandom } from "@/lib/stats/seeded-random";
import { describe, expect, it } from "vitest";
import {
  addContribution,
  aggregateOf,
  binIndex,
  emptyAggregate,
  mean,
  percentileOf,
  quantize,
  removeContribution,
  standardDeviation,
  variance,
} from "./aggregate";
import type { MetricBins } from "./catalogue";


const wpmBins: MetricBins = { min: 60, max: 240, count: 36 };
const tenBins: MetricBins = { min: 0, max: 100, count: 10 };

describe("binIndex", () => {
  it("puts values in fixed bins, the max in the last one and outliers in the edge bins", () => {
    expect(binIndex(tenBins, 0)).toBe(0);
    expect(binIndex(tenBins, 9.99)).toBe(0);
    expect(binIndex(tenBins, 10)).toBe(1);
    expect(binIndex(tenBins, 100)).toBe(9);
    expect(binIndex(tenBins, -5)).toBe(0);
    expect(binIndex(tenBins, 500)).toBe(9);
  });
});

describe("incremental aggregates", () => {
  it("equal recomputation from scratch on random data, in any order", () => {
    const next = seededRandom(42);
    for (let trial = 0; trial < 20; trial++) {
      const values = Array.from({ length: 200 }, () => 40 + next() * 220);
      let agg = emptyAggregate(wpmBins);
      for (const v of values) agg = addContribution(agg, wpmBins, v);
      const shuffled = [...values].sort(() => next() - 0.5);
      expect(agg).toEqual(aggregateOf(wpmBins, shuffled));
      const q = values.map(quantize);
      expect(agg.count).toBe(200);
      expect(agg.histogram.reduce((s, c) => s + c, 0)).toBe(200);
      expect(agg.sum).toBe(q.reduce((s, v) => s + v, 0));
    }
  });

  it("removal restores the previous aggregate exactly", () => {
    const next = seededRandom(7);
    let agg = aggregateOf(wpmBins, Array.from({ length: 500 }, () => 60 + next() * 180));
    for (let i = 0; i < 100; i++) {
      const before = agg;
      const v = 30 + next() * 250;
      agg = removeContribution(addContribution(agg, wpmBins, v), wpmBins, v);
      expect(agg).toEqual(before);
    }
    // Removing a subset equals aggregating the rest.
    const values = Array.from({ length: 100 }, () => next() * 100);
    let all = aggregateOf(tenBins, values);
    for (const v of values.slice(0, 40)) all = removeContribution(all, tenBins, v);
    expect(all).toEqual(aggregateOf(tenBins, values.slice(40)));
  });

  it("refuses to remove what was never added", () => {
    expect(() => removeContribution(emptyAggregate(tenBins), tenBins, 5)).toThrow(/negative/);
    expect(() => removeContribution(aggregateOf(tenBins, [95]), tenBins, 5)).toThrow(/negative/);
  });
});

describe("mean and variance", () => {
  it("match known values", () => {
    const agg = aggregateOf(tenBins, [2, 4, 4, 4, 5, 5, 7, 9]);
    expect(mean(agg)).toBe(5);
    // Sample variance: sum of squared deviations 32 / 7.
    expect(variance(agg)).toBeCloseTo(32 / 7, 12);
    expect(standardDeviation(agg)).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(variance(aggregateOf(tenBins, [3]))).toBe(0);
    expect(mean(emptyAggregate(tenBins))).toBeNull();
  });
});

describe("percentileOf", () => {
  it("interpolates linearly inside a bin", () => {
    // One value in each of the ten bins.
    const agg = aggregateOf(tenBins, [5, 15, 25, 35, 45, 55, 65, 75, 85, 95]);
    expect(percentileOf(agg, tenBins, 50)).toBeCloseTo(50, 12);
    expect(percentileOf(agg, tenBins, 25)).toBeCloseTo(25, 12);
    expect(percentileOf(agg, tenBins, 72.5)).toBeCloseTo(72.5, 12);
  });

  it("uses the bin counts", () => {
    // 8 values in bin 0, 2 in bin 9: anything between 10 and 90 is above 80%.
    const agg = aggregateOf(tenBins, [1, 2, 3, 4, 5, 6, 7, 8, 95, 96]);
    expect(percentileOf(agg, tenBins, 50)).toBe(80);
    expect(percentileOf(agg, tenBins, 5)).toBeCloseTo(40, 12);
    expect(percentileOf(agg, tenBins, 95)).toBeCloseTo(90, 12);
  });

  it("is 0 at or below the range, 100 at or above it, null when empty", () => {
    const agg = aggregateOf(tenBins, [10, 20, 30]);
    expect(percentileOf(agg, tenBins, -3)).toBe(0);
    expect(percentileOf(agg, tenBins, 100)).toBe(100);
    expect(percentileOf(emptyAggregate(tenBins), tenBins, 50)).toBeNull();
  });
});
