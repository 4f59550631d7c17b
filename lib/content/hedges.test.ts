import { describe, expect, it } from "vitest";
import { HEDGY_ANSWER } from "./fixtures";
import { hedges } from "./hedges";

describe("hedges", () => {
  it("counts hedges and vague words once each, longest phrase first", () => {
    const result = hedges(HEDGY_ANSWER);
    const byPhrase = Object.fromEntries(result.items.map((item) => [item.phrase, item]));
    expect(byPhrase["i guess"]?.count).toBe(1);
    expect(byPhrase["kind of"]?.count).toBe(1);
    expect(byPhrase["stuff"]).toEqual({ phrase: "stuff", kind: "vague", count: 1 });
    expect(byPhrase["things like that"]?.kind).toBe("vague");
    // "I think maybe" is one hedge; the second "maybe" stands alone.
    expect(byPhrase["i think maybe"]?.count).toBe(1);
    expect(byPhrase["maybe"]?.count).toBe(1);
    expect(result.count).toBe(6);
  });

  it("does not count the noun use of kind of / sort of", () => {
    expect(hedges("It is a kind of database. What sort of team was it?").count).toBe(0);
    expect(hedges("It was sort of slow.").count).toBe(1);
  });

  it("reports a rate per 100 words", () => {
    expect(hedges("maybe one two three four five six seven eight nine").per100Words).toBe(10);
    expect(hedges("").per100Words).toBe(0);
  });

  it("matches on word boundaries only", () => {
    expect(hedges("The stuffing was great; whateverness is not a word.").count).toBe(0);
  });
});
