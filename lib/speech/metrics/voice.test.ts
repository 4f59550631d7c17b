import { describe, expect, it } from "vitest";
import { quantile } from "../../stats";
import { computeVoiceMetrics } from "./voice";

describe("computeVoiceMetrics", () => {
  it("flags a constant pitch and level as monotone and flat", () => {
    const v = computeVoiceMetrics(Array(50).fill(120), Array(50).fill(-20));
    expect(v.medianHz).toBe(120);
    expect(v.rangeSemitones).toBe(0);
    expect(v.variabilitySemitones).toBe(0);
    expect(v.monotone).toBe(true);
    expect(v.flatLoudness).toBe(true);
    expect(v.reliable).toBe(true);
  });

  it("measures an octave range in semitones and rejects octave errors", () => {
    // half the frames at 100 Hz, half at 200 Hz: p5 = 100, p95 = 200 -> 12 semitones; 1000 Hz glitches dropped
    const pitch: (number | null)[] = [...Array<number>(50).fill(100), ...Array<number>(50).fill(200), 1000, null, null];
    const level = [...Array<number>(50).fill(-30), ...Array<number>(50).fill(-10), 0, 0, 0];
    const v = computeVoiceMetrics(pitch, level);
    expect(v.voicedFrames).toBe(100);
    expect(v.rangeSemitones).toBeCloseTo(12, 6);
    // values are +-6 semitones around the median (150 Hz interpolated -> not exactly 6), SD well above threshold
    expect(v.variabilitySemitones).toBeGreaterThan(5);
    expect(v.monotone).toBe(false);
    expect(v.loudnessVariabilityDb).toBeCloseTo(10.05, 1);
    expect(v.flatLoudness).toBe(false);
  });

  it("is unreliable with too few voiced frames", () => {
    const v = computeVoiceMetrics([100, 110, null], [0, 0, 0]);
    expect(v.reliable).toBe(false);
    expect(v.monotone).toBe(false);
  });
});

describe("quantile", () => {
  it("interpolates", () => {
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantile([0, 10], 0.25)).toBe(2.5);
  });
});
