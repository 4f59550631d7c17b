import { describe, expect, it } from "vitest";
import { argmax, classificationFigures } from "./metrics";

describe("classification figures", () => {
  it("computes confusion, accuracy, recall and macro-F1", () => {
    const f = classificationFigures([0, 0, 1, 1, 2], [0, 1, 1, 1, 0], ["a", "b", "c"]);
    expect(f.confusion).toEqual([
      [1, 1, 0],
      [0, 2, 0],
      [1, 0, 0],
    ]);
    expect(f.accuracy).toBe(0.6);
    expect(f.perClassRecall).toEqual({ a: 0.5, b: 1, c: 0 });
    // F1: a 0.5, b 0.8, c 0 -> 0.4333
    expect(f.macroF1).toBeCloseTo(0.4333, 4);
  });

  it("argmax picks the first largest", () => {
    expect(argmax([0.1, 0.5, 0.5, 0.2])).toBe(1);
  });
});
