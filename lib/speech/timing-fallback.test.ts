import { describe, expect, it } from "vitest";
import { estimateWordTimings } from "./timing-fallback";

describe("estimateWordTimings", () => {
  it("spreads equal-length words evenly over one segment", () => {
    const w = estimateWordTimings(["aa", "bb", "cc", "dd"], [{ start: 1, end: 3 }]);
    expect(w.map((x) => [x.start, x.end].map((v) => Math.round(v * 100) / 100))).toEqual([
      [1, 1.5],
      [1.5, 2],
      [2, 2.5],
      [2.5, 3],
    ]);
  });

  it("keeps the gap between segments as a pause", () => {
    const w = estimateWordTimings(["aa", "bb"], [
      { start: 0, end: 1 },
      { start: 3, end: 4 },
    ]);
    expect(w[0]!.end).toBeLessThanOrEqual(1);
    expect(w[1]!.start).toBeGreaterThanOrEqual(3);
    expect(w[1]!.start - w[0]!.end).toBeGreaterThanOrEqual(2);
  });

  it("returns nothing without words or speech", () => {
    expect(estimateWordTimings([], [{ start: 0, end: 1 }])).toEqual([]);
    expect(estimateWordTimings(["a"], [])).toEqual([]);
  });
});
