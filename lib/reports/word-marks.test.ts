import { describe, expect, it } from "vitest";
import { activeWordIndex, buildTranscriptTokens, fillerWordIndexes, stammerWordMarks } from "./word-marks";

const w = (text: string, start: number, end: number, fragment?: boolean) => ({ text, start, end, ...(fragment ? { fragment } : {}) });
// "um I I think you know it b- but works"
const words = [
  w("um", 0, 0.3),
  w("i", 0.5, 0.6),
  w("i", 0.7, 0.8),
  w("think", 0.9, 1.2),
  w("you", 1.3, 1.4),
  w("know", 1.4, 1.6),
  w("it", 4.0, 4.2),
  w("b-", 4.3, 4.4, true),
  w("but", 4.5, 4.7),
  w("works", 4.8, 5.2),
];

describe("fillerWordIndexes", () => {
  it("marks single and multi-word fillers by index", () => {
    const set = fillerWordIndexes(words, [
      { word: "um", start: 0, end: 0.3, index: 0 },
      { word: "you know", start: 1.3, end: 1.6, index: 4 },
    ]);
    expect([...set].sort()).toEqual([0, 4, 5]);
  });
  it("falls back to times when the index does not point at the filler", () => {
    const variant = [w("so", 0, 0.2), w("umm", 0.3, 0.6)];
    expect([...fillerWordIndexes(variant, [{ word: "um", start: 0.3, end: 0.6, index: 0 }])]).toEqual([1]);
  });
});

describe("stammerWordMarks", () => {
  it("marks every word inside a repetition's span as repeated, and held and blocked sounds as such", () => {
    const marks = stammerWordMarks(words, [
      { kind: "word", text: "i", count: 2, start: 0.5, end: 0.8 },
      { kind: "part-word", text: "b- but", count: 2, start: 4.3, end: 4.7 },
      { kind: "prolongation", text: "think", count: 1, start: 0.85, end: 1.25 },
      { kind: "block", text: "works", count: 1, start: 4.75, end: 5.2 },
    ]);
    expect([...marks.entries()].sort(([a], [b]) => a - b)).toEqual([[1, "repeat"], [2, "repeat"], [3, "held"], [7, "repeat"], [8, "repeat"], [9, "blocked"]]);
  });
});

describe("buildTranscriptTokens", () => {
  const tokens = buildTranscriptTokens(
    words,
    [{ word: "um", start: 0, end: 0.3, index: 0 }],
    [{ kind: "word", text: "i", count: 2, start: 0.5, end: 0.8 }],
    [
      { start: 1.6, end: 4.0, durationSec: 2.4, long: true },
      { start: 0.3, end: 0.5, durationSec: 0.2, long: false },
      { start: 5.2, end: 8.0, durationSec: 2.8, long: true },
    ],
  );
  it("puts a chip before the first word after each long pause, none for short ones", () => {
    expect(tokens.map((t) => (t.kind === "pause" ? `⏸${t.durationSec}` : t.text))).toEqual([
      "um", "i", "i", "think", "you", "know", "⏸2.4", "it", "b-", "but", "works", "⏸2.8",
    ]);
  });
  it("marks fillers, repeats and normal words", () => {
    const marks = tokens.flatMap((t) => (t.kind === "word" ? [t.mark] : []));
    expect(marks.slice(0, 4)).toEqual(["filler", "repeat", "repeat", "normal"]);
    const frag = tokens.find((t) => t.kind === "word" && t.index === 7);
    expect(frag).toMatchObject({ fragment: true, start: 4.3 });
  });
});

describe("activeWordIndex", () => {
  it("finds the word being said, keeps the previous one in a gap, -1 before speech", () => {
    expect(activeWordIndex(words, -1)).toBe(-1);
    expect(activeWordIndex(words, 0.1)).toBe(0);
    expect(activeWordIndex(words, 0.75)).toBe(2);
    expect(activeWordIndex(words, 3.0)).toBe(5);
    expect(activeWordIndex(words, 99)).toBe(9);
    expect(activeWordIndex([], 1)).toBe(-1);
  });
});
