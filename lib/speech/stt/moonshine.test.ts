import { describe, expect, it } from "vitest";
import { DEFAULT_DECODE, decodeForChunk, leadingQuietSec, padAudio, trimLoop } from "./moonshine";

/** `sec` of a 200-Hz tone at amplitude `amp`. */
const tone = (sec: number, amp: number) => Float32Array.from({ length: Math.round(sec * 16_000) }, (_, i) => amp * Math.sin((2 * Math.PI * 200 * i) / 16_000));
const concat = (...parts: Float32Array[]) => {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

describe("padAudio", () => {
  it("adds zeros before the samples", () => {
    const samples = Float32Array.from({ length: 2000 }, (_, i) => (i % 7) / 7 + 0.01);
    const out = padAudio(samples, 0.25);
    expect(out.length).toBe(4000 + 2000);
    expect(out.subarray(0, 4000).every((v) => v === 0)).toBe(true);
    expect(Array.from(out.subarray(4000))).toEqual(Array.from(samples));
  });
  it("returns the input itself when nothing is added (or a negative amount is asked)", () => {
    const samples = new Float32Array(16_000).fill(0.5);
    expect(padAudio(samples, 0)).toBe(samples);
    expect(padAudio(samples, -0.1)).toBe(samples);
  });
  it("pads audio shorter than Moonshine's minimum up to it", () => {
    expect(padAudio(new Float32Array(100).fill(1), 0).length).toBe(1600);
  });
});

describe("leadingQuietSec", () => {
  it("measures quiet (room tone 40 dB down) before the first loud frame", () => {
    expect(leadingQuietSec(concat(tone(0.3, 0.005), tone(1, 0.5)))).toBeCloseTo(0.3, 2);
  });
  it("is 0 for audio that starts with the sound", () => {
    expect(leadingQuietSec(concat(tone(1, 0.5), new Float32Array(8000)))).toBe(0);
  });
  it("counts a quieter but real sound (20 dB down) as sound", () => {
    expect(leadingQuietSec(concat(new Float32Array(1600), tone(0.2, 0.05), tone(1, 0.5)))).toBeCloseTo(0.1, 2);
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

describe("decodeForChunk", () => {
  it("gives the lead-in only to the chunk that starts the recording", () => {
    expect(decodeForChunk(0).leadInSec).toBe(DEFAULT_DECODE.leadInSec);
    expect(decodeForChunk(12.5).leadInSec).toBe(0);
    expect(decodeForChunk(3, { ...DEFAULT_DECODE, beams: 4 })).toEqual({ ...DEFAULT_DECODE, beams: 4, leadInSec: 0 });
  });
});
