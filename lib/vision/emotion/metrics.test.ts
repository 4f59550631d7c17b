import { describe, expect, it } from "vitest";
import { median } from "@/lib/stats";
import { accuracy, argmax, confusionMatrix, macroF1, perClassPrecision, perClassRecall } from "./metrics";

describe("classification metrics", () => {
  // truth:     0 0 0 1 1 2
  // predicted: 0 0 1 1 2 2
  const m = confusionMatrix([0, 0, 0, 1, 1, 2], [0, 0, 1, 1, 2, 2], 3);
  it("counts rows = truth, columns = prediction", () => {
    expect(m).toEqual([
      [2, 1, 0],
      [0, 1, 1],
      [0, 0, 1],
    ]);
  });
  it("gives known accuracy, recall, precision and macro-F1", () => {
    expect(accuracy(m)).toBeCloseTo(4 / 6, 12);
    expect(perClassRecall(m)).toEqual([2 / 3, 0.5, 1]);
    expect(perClassPrecision(m)).toEqual([1, 0.5, 0.5]);
    // F1: 0.8, 0.5, 2/3
    expect(macroF1(m)).toBeCloseTo((0.8 + 0.5 + 2 / 3) / 3, 12);
  });
  it("scores a class with no examples and no predictions as 0", () => {
    const m2 = confusionMatrix([0, 0], [0, 0], 2);
    expect(perClassRecall(m2)).toEqual([1, 0]);
    expect(macroF1(m2)).toBe(0.5);
    expect(() => confusionMatrix([0, 3], [0, 0], 2)).toThrow();
  });
  it("argmax and median", () => {
    expect(argmax([0.1, 0.5, 0.5, 0.2])).toBe(1);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});
