import { describe, expect, it } from "vitest";
import { detectFillers } from "./fillers";
import { evenWords } from "./test-helpers";

function types(text: string): string[] {
  return detectFillers(evenWords(text)).items.map((f) => f.word);
}

describe("detectFillers", () => {
  it("finds hesitations with times and rate per 100 words", () => {
    // 10 words, each 0.3 s + 0.1 s gap: "um" is word 2 (start 0.8), "uh" word 6 (start 2.4)
    const r = detectFillers(evenWords("so i um think that uh we should go now"));
    expect(r.count).toBe(2);
    expect(r.per100Words).toBe(20);
    expect(r.items[0]).toMatchObject({ word: "um", start: 0.8, end: 1.1 });
    expect(r.items[1]).toMatchObject({ word: "uh", start: 2, end: 2.3 });
    expect(r.byType).toEqual({ um: 1, uh: 1 });
  });

  it("maps spelling variants", () => {
    expect(types("umm erm ahh uhm")).toEqual(["um", "er", "ah", "um"]);
  });

  it("tells filler 'like' from verb and preposition uses", () => {
    expect(types("i like pizza")).toEqual([]);
    expect(types("it looks like rain")).toEqual([]);
    expect(types("it was like a dream")).toEqual([]);
    expect(types("i would like to go")).toEqual([]);
    expect(types("and it was like really hard")).toEqual(["like"]);
    expect(types("so like we went home")).toEqual(["like"]);
  });

  it("finds multi-word fillers and skips their literal uses", () => {
    expect(types("it was you know hard")).toEqual(["you know"]);
    expect(types("do you know the answer")).toEqual([]);
    expect(types("i mean we tried")).toEqual(["i mean"]);
    expect(types("that is what i mean")).toEqual([]);
    expect(types("it was kind of hard")).toEqual(["kind of"]);
    expect(types("what kind of job")).toEqual([]);
    expect(types("a sort of box")).toEqual([]);
    expect(types("we sort of agreed")).toEqual(["sort of"]);
  });

  it("counts adverb fillers", () => {
    expect(types("basically we actually literally won")).toEqual(["basically", "actually", "literally"]);
  });

  it("spans multi-word filler times", () => {
    const r = detectFillers(evenWords("it was you know hard"));
    expect(r.items[0]).toMatchObject({ word: "you know", start: 0.8, end: 1.5 });
  });

  it("returns zero rate for no words", () => {
    expect(detectFillers([]).per100Words).toBe(0);
  });
});
