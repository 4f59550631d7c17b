import { describe, expect, it } from "vitest";
import { probabilitiesToSegments } from "./vad-segments";

const opts = { positiveThreshold: 0.5, negativeThreshold: 0.35, redemptionSec: 0.3, minSpeechSec: 0.15, padSec: 0 };

describe("probabilitiesToSegments", () => {
  it("finds two segments separated by a long silence, with hysteresis", () => {
    // 0.1 s frames: speech 1.0-2.0 (one dip to 0.4 that must not split), silence, speech 3.0-3.5
    const p = Array(40).fill(0.05);
    for (let i = 10; i < 20; i++) p[i] = 0.9;
    p[14] = 0.4;
    for (let i = 30; i < 35; i++) p[i] = 0.8;
    expect(probabilitiesToSegments(p, 0.1, 4, opts)).toEqual([
      { start: 1, end: 2 },
      { start: 3, end: 3.5 },
    ]);
  });

  it("bridges gaps shorter than the redemption time and drops blips", () => {
    const p = Array(30).fill(0);
    for (let i = 5; i < 10; i++) p[i] = 0.9;
    for (let i = 12; i < 15; i++) p[i] = 0.9; // 0.2 s gap: bridged
    p[25] = 0.9; // 0.1 s blip: dropped
    expect(probabilitiesToSegments(p, 0.1, 3, opts)).toEqual([{ start: 0.5, end: 1.5 }]);
  });

  it("pads and merges, clamped to the audio", () => {
    const p = [0.9, 0.9, 0, 0, 0, 0.9, 0.9];
    expect(probabilitiesToSegments(p, 0.1, 0.7, { ...opts, padSec: 0.2 })).toEqual([{ start: 0, end: 0.7 }]);
  });

  it("returns nothing for silence", () => {
    expect(probabilitiesToSegments(Array(100).fill(0.1), 0.1, 10, opts)).toEqual([]);
  });
});
