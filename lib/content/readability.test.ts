import { describe, expect, it } from "vitest";
import { describeGrade, readability } from "./readability";

describe("readability (Flesch-Kincaid grade)", () => {
  it("matches the formula on a hand-counted text", () => {
    // 12 words in 2 sentences; syllables: the(1) cat(1) sat(1) on(1) the(1) mat(1) / it(1) was(1) a(1) very(2) happy(2) cat(1) = 14.
    const result = readability("The cat sat on the mat. It was a very happy cat.");
    expect(result.sentences).toBe(2);
    expect(result.wordsPerSentence).toBe(6);
    expect(result.syllablesPerWord).toBeCloseTo(14 / 12, 2);
    expect(result.grade).toBeCloseTo(0.39 * 6 + 11.8 * (14 / 12) - 15.59, 1);
  });

  it("rates long words and sentences as a higher grade", () => {
    const plain = readability("I fixed the bug. I told the team. We shipped it on time. Users were happy.");
    const dense = readability(
      "Subsequently, the organisational restructuring necessitated comprehensive reconsideration of interdepartmental communication methodologies and responsibilities.",
    );
    expect(dense.grade!).toBeGreaterThan(plain.grade! + 10);
    expect(dense.longWords).toBeGreaterThan(8);
  });

  it("does not estimate under ten words", () => {
    expect(readability("Too short.").grade).toBeNull();
    expect(describeGrade(null)).toMatch(/too short/i);
  });
});
