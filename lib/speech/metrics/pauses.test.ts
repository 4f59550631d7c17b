import { describe, expect, it } from "vitest";
import { computePauses } from "./pauses";
import { timed } from "./test-helpers";

describe("computePauses", () => {
  it("counts pauses, long pauses, longest and silence share; ignores leading/trailing silence", () => {
    // leading 1 s, gaps: 0.2 (not a pause), 0.7 (pause), 2.5 (long), trailing 1.5 s
    const words = timed("a@1-1.5 b@1.7-2 c@2.7-3 d@5.5-6");
    const p = computePauses(words, 7.5);
    expect(p.count).toBe(2);
    expect(p.longCount).toBe(1);
    expect(p.longestSec).toBeCloseTo(2.5, 6);
    expect(p.timeToFirstWordSec).toBe(1);
    expect(p.trailingSilenceSec).toBe(1.5);
    // silent = 0.7 + 2.5 (0.2 is under the 0.25 s floor), span = 5 s
    expect(p.silenceShare).toBeCloseTo(0.64, 6);
    expect(p.items.map((i) => i.durationSec)).toEqual([0.7, 2.5]);
    expect(p.perMinute).toBeCloseTo(24, 6);
  });

  it("handles no words", () => {
    const p = computePauses([], 10);
    expect(p.count).toBe(0);
    expect(p.timeToFirstWordSec).toBe(10);
    expect(p.silenceShare).toBe(1);
  });
});
