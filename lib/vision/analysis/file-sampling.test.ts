import { describe, expect, it } from "vitest";
import { FILE_EMOTION_INTERVAL_MS, FILE_SAMPLE_FPS, nextPlaybackRate, runsEmotion, sampleFor } from "./file-sampling";

describe("sampleFor", () => {
  it("takes one frame per sample slot from a 30 fps decode", () => {
    let last = -1;
    const taken: number[] = [];
    for (let frame = 0; frame < 60; frame++) {
      const t = frame / 30;
      const index = sampleFor(t, last);
      if (index !== null) {
        taken.push(index);
        last = index;
      }
    }
    expect(taken).toEqual(Array.from({ length: 2 * FILE_SAMPLE_FPS }, (_, i) => i));
  });
  it("skips the slots a decoder jumped over instead of stacking them", () => {
    expect(sampleFor(0.55, 2)).toBe(5);
    expect(sampleFor(0.55, 5)).toBeNull();
  });
});

describe("runsEmotion", () => {
  it("runs on the first frame of every timeline step, and only then", () => {
    let last = -Infinity;
    const ran: number[] = [];
    for (let t = 0; t < 2000; t += 1000 / FILE_SAMPLE_FPS) {
      if (runsEmotion(t, last)) {
        ran.push(t);
        last = t;
      }
    }
    const steps = new Set(ran.map((t) => Math.floor(t / FILE_EMOTION_INTERVAL_MS)));
    expect(steps.size).toBe(2000 / FILE_EMOTION_INTERVAL_MS); // every step has one
    expect(ran.length).toBe(steps.size); // and no step has two
    expect(ran.length).toBeLessThan(0.5 * 2000 / (1000 / FILE_SAMPLE_FPS));
  });
});

describe("nextPlaybackRate", () => {
  it("keeps the speed while every slot is caught, and slows by a quarter per miss down to real time", () => {
    expect(nextPlaybackRate(3, 0)).toBe(3);
    expect(nextPlaybackRate(3, 1)).toBe(2.25);
    expect(nextPlaybackRate(2.25, 3)).toBeCloseTo(1.6875, 6);
    expect(nextPlaybackRate(1.2, 1)).toBe(1);
    expect(nextPlaybackRate(1, 5)).toBe(1);
  });
});
