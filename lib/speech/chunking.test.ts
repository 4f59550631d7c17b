import { describe, expect, it } from "vitest";
import { planChunks } from "./chunking";

describe("planChunks", () => {
  it("groups segments up to the limit and cuts between segments", () => {
    const segs = [
      { start: 0, end: 5 },
      { start: 6, end: 12 },
      { start: 13, end: 19 },
      { start: 21, end: 30 },
    ];
    expect(planChunks(segs, 20)).toEqual([
      { start: 0, end: 19 },
      { start: 21, end: 30 },
    ]);
  });

  it("splits one long segment into equal parts", () => {
    expect(planChunks([{ start: 0, end: 50 }], 20)).toEqual([
      { start: 0, end: 16.667 },
      { start: 16.667, end: 33.333 },
      { start: 33.333, end: 50 },
    ]);
  });

  it("moves a cut to the quietest moment near the equal split", () => {
    // the quietest moment is at 16.5 (inside the first search window 12-18); elsewhere the middle is picked
    const pick = (lo: number, hi: number) => (lo <= 16.5 && 16.5 <= hi ? 16.5 : (lo + hi) / 2);
    expect(planChunks([{ start: 0, end: 45 }], 20, pick)).toEqual([
      { start: 0, end: 16.5 },
      { start: 16.5, end: 30.75 },
      { start: 30.75, end: 45 },
    ]);
  });

  it("never exceeds the limit when a cut moves", () => {
    const pickLate = (_lo: number, hi: number) => hi;
    for (const c of planChunks([{ start: 0, end: 61 }], 20, pickLate)) expect(c.end - c.start).toBeLessThanOrEqual(20);
  });

  it("returns nothing for no segments", () => {
    expect(planChunks([], 20)).toEqual([]);
  });
});
