import { describe, expect, it } from "vitest";
import { EMOTIONS } from "./emotions";
import { averageProbs, scoresToArray, softmax, toCanonical, topEmotion } from "./postprocess";

describe("softmax", () => {
  it("gives known probabilities and survives huge logits", () => {
    const p = softmax([0, Math.log(3)]);
    expect(p[0]).toBeCloseTo(0.25, 12);
    expect(p[1]).toBeCloseTo(0.75, 12);
    const q = softmax([1000, 1000]);
    expect(Array.from(q)).toEqual([0.5, 0.5]);
  });
});

describe("averageProbs", () => {
  it("averages element-wise and rejects mismatched lengths", () => {
    expect(Array.from(averageProbs([[1, 0], [0, 1]]))).toEqual([0.5, 0.5]);
    expect(() => averageProbs([[1], [0, 1]])).toThrow();
    expect(() => averageProbs([])).toThrow();
  });

  it("weights vectors, normalising the weights", () => {
    expect(Array.from(averageProbs([[1, 0], [0, 1]], [3, 1]))).toEqual([0.75, 0.25]);
    expect(Array.from(averageProbs([[1, 0], [0, 1]], [0.6, 0.4]))).toEqual([0.6, 0.4]);
    expect(() => averageProbs([[1, 0], [0, 1]], [1])).toThrow("one weight per vector");
    expect(() => averageProbs([[1, 0], [0, 1]], [0, 0])).toThrow();
    expect(() => averageProbs([[1, 0], [0, 1]], [2, -1])).toThrow();
  });
});

describe("toCanonical", () => {
  it("re-orders a permuted class order into EMOTIONS", () => {
    const order = ["neutral", "happy", "sad", "angry", "disgust", "fear", "surprise"];
    const probs = [0.7, 0.1, 0.05, 0.04, 0.03, 0.02, 0.06];
    const s = toCanonical(probs, order);
    expect(s.neutral).toBe(0.7);
    expect(s.happy).toBe(0.1);
    expect(s.surprise).toBe(0.06);
    expect(scoresToArray(s)).toEqual([0.04, 0.03, 0.02, 0.1, 0.05, 0.06, 0.7]);
    expect(topEmotion(s)).toEqual({ emotion: "neutral", score: 0.7 });
  });
  it("is the identity for the canonical order", () => {
    const probs = [0.1, 0.2, 0.3, 0.05, 0.15, 0.1, 0.1];
    expect(scoresToArray(toCanonical(probs, EMOTIONS))).toEqual(probs);
  });
  it("fails loudly on a bad class order", () => {
    expect(() => toCanonical([1, 0], ["angry", "happy"])).toThrow();
    expect(() => toCanonical(new Array(7).fill(0), ["angry", "angry", "fear", "happy", "sad", "surprise", "neutral"])).toThrow();
    expect(() => toCanonical(new Array(6).fill(0), EMOTIONS)).toThrow();
  });
});
