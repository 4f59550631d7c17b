import { describe, expect, it } from "vitest";
import { detectFillers, fillerIndexSet } from "./fillers";
import { detectRepetitions, mergeRepetitions, summariseRepetitions } from "./repetitions";
import { evenWords, timed } from "./test-helpers";

describe("detectRepetitions", () => {
  it("finds a whole-word stammer with count and times", () => {
    const words = evenWords("i i i think so");
    const r = detectRepetitions(words);
    expect(r).toEqual([{ kind: "word", text: "i", count: 3, start: 0, end: 1.1 }]);
  });

  it("finds phrase repeats", () => {
    const r = detectRepetitions(evenWords("i think i think it works"));
    expect(r).toEqual([{ kind: "phrase", text: "i think", count: 2, start: 0, end: 1.5 }]);
  });

  it("prefers the single-word unit for runs like 'the the the the'", () => {
    const r = detectRepetitions(evenWords("the the the the end"));
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ kind: "word", text: "the", count: 4 });
  });

  it("ignores grammatical doubles said twice but not three times", () => {
    expect(detectRepetitions(evenWords("i know that that is true"))).toEqual([]);
    expect(detectRepetitions(evenWords("i know that that that is true"))).toHaveLength(1);
  });

  it("finds part-word repeats from fragments", () => {
    const r = detectRepetitions(timed("b-@0-0.1 b-@0.2-0.3 but@0.4-0.7 no@0.8-1"));
    expect(r).toEqual([{ kind: "part-word", text: "b- but", count: 3, start: 0, end: 0.7 }]);
  });

  it("reads a word written twice whose first copy is a short cut-off start as a part-word repeat", () => {
    expect(detectRepetitions(timed("the@0-0.1 printed@0.2-0.35 printed@0.5-0.95 book@1-1.3"))).toEqual([
      { kind: "part-word", text: "pr- printed", count: 2, start: 0.2, end: 0.95 },
    ]);
    // Said again whole (about as long): a word repeat; too short a word to judge: a word repeat.
    expect(detectRepetitions(timed("the@0-0.1 printed@0.2-0.62 printed@0.7-1.15 book@1.2-1.5"))[0]).toMatchObject({ kind: "word", text: "printed" });
    expect(detectRepetitions(timed("i@0-0.05 i@0.1-0.18 think@0.2-0.5"))[0]).toMatchObject({ kind: "word", text: "i" });
  });

  it("does not count repeated fillers as word repetitions", () => {
    const words = evenWords("um um we went");
    const skip = fillerIndexSet(detectFillers(words), words);
    expect(detectRepetitions(words, skip)).toEqual([]);
  });

  it("finds nothing in fluent speech", () => {
    expect(detectRepetitions(evenWords("this is a fluent sentence with no repeats"))).toEqual([]);
  });
});

describe("summariseRepetitions and mergeRepetitions", () => {
  it("gives counts and rates per kind, and adds sound-only items that do not overlap word-based ones", () => {
    const words = [{ kind: "word" as const, text: "i", count: 3, start: 1, end: 1.6 }];
    const sound = [
      { kind: "word" as const, text: "i", count: 2, start: 1.1, end: 1.6 },
      { kind: "prolongation" as const, text: "so", count: 1, start: 4, end: 4.8 },
    ];
    const merged = mergeRepetitions(words, sound);
    expect(merged.map((r) => r.kind)).toEqual(["word", "prolongation"]);
    const s = summariseRepetitions(merged, 100, 60);
    expect(s).toMatchObject({ count: 2, per100Words: 2, perMinute: 2 });
    expect(s.byKind).toEqual({ word: { count: 1, per100Words: 1, perMinute: 1 }, prolongation: { count: 1, per100Words: 1, perMinute: 1 } });
  });
});
