import { describe, expect, it } from "vitest";
import { findPhrase, sentences, words } from "./text";

describe("text", () => {
  it("splits words, keeping contractions and folding curly apostrophes", () => {
    expect(words("I’m sure we’ll ship it, don't worry.")).toEqual(["i'm", "sure", "we'll", "ship", "it", "don't", "worry"]);
  });

  it("splits sentences on end punctuation and line breaks", () => {
    expect(sentences("First one. Second one! Third?\n- a bullet\n\nLast")).toEqual(["First one.", "Second one!", "Third?", "- a bullet", "Last"]);
  });

  it("finds phrases", () => {
    expect(findPhrase(["a", "b", "a", "b"], ["a", "b"])).toEqual([0, 2]);
    expect(findPhrase(["a"], [])).toEqual([]);
  });
});
