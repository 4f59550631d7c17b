import { describe, expect, it } from "vitest";
import { padAudio, trimLoop } from "./moonshine";

describe("padAudio", () => {
  it("adds zeros before and after, keeping the samples in between", () => {
    const samples = Float32Array.from({ length: 2000 }, (_, i) => (i % 7) / 7 + 0.01);
    const out = padAudio(samples, 0.25, 0.1);
    expect(out.length).toBe(4000 + 2000 + 1600);
    expect(out.subarray(0, 4000).every((v) => v === 0)).toBe(true);
    expect(Array.from(out.subarray(4000, 6000))).toEqual(Array.from(samples));
    expect(out.subarray(6000).every((v) => v === 0)).toBe(true);
  });
  it("returns the input itself when nothing is added", () => {
    const samples = new Float32Array(16_000).fill(0.5);
    expect(padAudio(samples, 0, 0)).toBe(samples);
  });
  it("pads audio shorter than Moonshine's minimum up to it", () => {
    expect(padAudio(new Float32Array(100).fill(1), 0, 0).length).toBe(1600);
  });
});

describe("trimLoop", () => {
  it("drops a trailing n-gram repeated four or more times, keeping one copy", () => {
    expect(trimLoop([5, 6, 7, 8, 7, 8, 7, 8, 7, 8])).toEqual([5, 6, 7, 8]);
    expect(trimLoop([1, 2, 3, 3, 3, 3, 3])).toEqual([1, 2, 3]);
  });
  it("keeps genuine short repeats", () => {
    expect(trimLoop([1, 2, 2, 2, 3])).toEqual([1, 2, 2, 2, 3]);
  });
});
