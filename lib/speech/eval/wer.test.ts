import { describe, expect, it } from "vitest";
import { cardinal, normaliseForWer, ordinal, year } from "../normalise-text";
import { wer, wordErrors } from "./wer";

describe("normaliseForWer", () => {
  it("lower-cases, strips punctuation, keeps apostrophes, splits hyphens", () => {
    expect(normaliseForWer('Printing, in the "only" sense -- don\'t stop! Forty-two.')).toEqual(
      ["printing", "in", "the", "only", "sense", "don't", "stop", "forty", "two"],
    );
  });
  it("spells numbers, ordinals, years and abbreviations", () => {
    expect(normaliseForWer("Mr. Smith paid 1,250 dollars on the 21st in 1455, 3.5% of it")).toEqual(
      "mister smith paid one thousand two hundred fifty dollars on the twenty first in fourteen fifty five three point five percent of it".split(" "),
    );
  });
  it("has helpers with known answers", () => {
    expect(cardinal(0)).toBe("zero");
    expect(cardinal(101)).toBe("one hundred one");
    expect(cardinal(2_000_019)).toBe("two million nineteen");
    expect(ordinal(12)).toBe("twelfth");
    expect(ordinal(40)).toBe("fortieth");
    expect(year(1900)).toBe("nineteen hundred");
    expect(year(1905)).toBe("nineteen oh five");
    expect(year(2005)).toBe("two thousand five");
  });
});

describe("wordErrors", () => {
  it("counts substitutions, deletions and insertions", () => {
    expect(wordErrors(["a", "b", "c"], ["a", "x", "c"])).toEqual({ substitutions: 1, deletions: 0, insertions: 0, n: 3 });
    expect(wordErrors(["a", "b", "c"], ["a", "c"])).toEqual({ substitutions: 0, deletions: 1, insertions: 0, n: 3 });
    expect(wordErrors(["a", "b"], ["a", "b", "c"])).toEqual({ substitutions: 0, deletions: 0, insertions: 1, n: 2 });
    // 3 edits either way (1 sub + 1 del + 1 ins, or 3 subs): WER 3/6
    expect(wer(wordErrors("the cat sat on the mat".split(" "), "the cat sit on mat today".split(" ")))).toBeCloseTo(0.5, 6);
  });
  it("is zero for identical input and handles empty sides", () => {
    expect(wer(wordErrors(["a", "b"], ["a", "b"]))).toBe(0);
    expect(wordErrors([], ["a"])).toEqual({ substitutions: 0, deletions: 0, insertions: 1, n: 0 });
    expect(wordErrors(["a", "b"], [])).toEqual({ substitutions: 0, deletions: 2, insertions: 0, n: 2 });
  });
});
