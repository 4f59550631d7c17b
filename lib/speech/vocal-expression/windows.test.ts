import { describe, expect, it } from "vitest";
import { clipWindows, mergeSpeech, voicedWindows } from "./windows";

describe("voiced windows", () => {
  it("merges segments closer than the gap and keeps farther ones apart", () => {
    expect(mergeSpeech([{ start: 2.5, end: 3 }, { start: 0, end: 1 }, { start: 1.5, end: 1.8 }])).toEqual([
      { start: 0, end: 1.8 },
      { start: 2.5, end: 3 },
    ]);
  });

  it("drops stretches under 1 s and keeps a sentence-length stretch whole", () => {
    expect(voicedWindows([{ start: 0, end: 0.8 }, { start: 5, end: 8.2 }])).toEqual([{ start: 5, end: 8.2 }]);
  });

  it("cuts a long stretch into equal windows of 2-3 s", () => {
    const w = voicedWindows([{ start: 10, end: 55 }]);
    expect(w).toHaveLength(18);
    for (const x of w) expect(x.end - x.start).toBeCloseTo(2.5, 5);
    expect(w[0]!.start).toBe(10);
    expect(w[w.length - 1]!.end).toBeCloseTo(55, 9);
    const odd = voicedWindows([{ start: 0, end: 7 }]);
    expect(odd).toHaveLength(3);
    for (const x of odd) expect(x.end - x.start).toBeGreaterThanOrEqual(2);
  });

  it("gives a short clip one window even without a long stretch", () => {
    expect(clipWindows([{ start: 0.2, end: 0.7 }, { start: 1.5, end: 1.9 }], 3)).toEqual([{ start: 0.2, end: 1.9 }]);
    expect(clipWindows([], 3)).toEqual([{ start: 0, end: 3 }]);
  });
});
