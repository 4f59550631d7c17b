import { describe, expect, it } from "vitest";
import { computePace, ratePace } from "./pace";
import { evenWords, timed } from "./test-helpers";

describe("computePace", () => {
  it("returns zeros for no words", () => {
    const p = computePace([]);
    expect(p.wordCount).toBe(0);
    expect(p.wpm).toBe(0);
    expect(p.rating).toBe("no-speech");
  });

  it("computes 150 wpm for 5 words evenly over 2 s", () => {
    // 5 words of 0.3 s with 0.125 s gaps: span = 5*0.3 + 4*0.125 = 2.0 s -> 150 wpm
    const p = computePace(evenWords("a b c d e", { dur: 0.3, gap: 0.125 }));
    expect(p.wordCount).toBe(5);
    expect(p.speechSpanSec).toBeCloseTo(2, 6);
    expect(p.wpm).toBeCloseTo(150, 1);
    // no gap reaches 0.25 s, so articulation rate equals the overall rate
    expect(p.articulationWpm).toBeCloseTo(150, 1);
    expect(p.rating).toBe("ideal");
  });

  it("excludes pauses >= 0.25 s from articulation time", () => {
    // 4 words, 0.5 s each; one 2 s pause between 2nd and 3rd: span 4 s, speaking 2 s
    const words = timed("a@0-0.5 b@0.5-1 c@3-3.5 d@3.5-4");
    const p = computePace(words);
    expect(p.wpm).toBeCloseTo(60, 1); // 4 words / 4 s
    expect(p.articulationWpm).toBeCloseTo(120, 1); // 4 words / 2 s
    expect(p.speakingTimeSec).toBeCloseTo(2, 6);
  });

  it("splits into 10-s windows by word midpoint and drops a short tail", () => {
    // 20 words in the first 10 s, 10 words in the next 10 s, 1 word at 21-21.5 (tail of 1.5 s dropped)
    const w1 = evenWords("x ".repeat(20), { t0: 0, dur: 0.4, gap: 0.1 }); // mids 0.2..9.7
    const w2 = evenWords("y ".repeat(10), { t0: 10, dur: 0.5, gap: 0.5 }); // mids 10.25..19.25
    const w3 = timed("z@21-21.5");
    const p = computePace([...w1, ...w2, ...w3]);
    expect(p.windows).toHaveLength(2);
    expect(p.windows[0]).toMatchObject({ start: 0, end: 10, words: 20, wpm: 120 });
    expect(p.windows[1]).toMatchObject({ start: 10, end: 20, words: 10, wpm: 60 });
  });

  it("ignores fragments", () => {
    const p = computePace(timed("b-@0-0.1 but@0.2-0.5"));
    expect(p.wordCount).toBe(1);
  });
});

describe("ratePace", () => {
  it.each([
    [100, "slow"],
    [125, "slightly-slow"],
    [150, "ideal"],
    [170, "slightly-fast"],
    [200, "fast"],
  ] as const)("%d wpm is %s", (wpm, rating) => {
    expect(ratePace(wpm, 10)).toBe(rating);
  });
});
