import { describe, expect, it } from "vitest";
import { normaliseLevel } from "./normalise";
import { pitchTrack, PROSODY_FEATURE_NAMES, prosodyFeatures } from "./prosody";
import { glide, noise, sine } from "./test-signals";

const SR = 16_000;
const get = (v: Float32Array, name: string) => v[PROSODY_FEATURE_NAMES.indexOf(name)]!;

describe("prosody features", () => {
  it("finds a steady 200 Hz voice: 12 semitones above 100 Hz, flat", () => {
    const v = prosodyFeatures(glide(200, 200, 2, SR), SR);
    expect(v).toHaveLength(PROSODY_FEATURE_NAMES.length);
    expect(get(v, "pitch_voiced_fraction")).toBeGreaterThan(0.9);
    expect(get(v, "pitch_st_p50")).toBeCloseTo(12, 0);
    expect(get(v, "pitch_st_std")).toBeLessThan(0.2);
  });

  it("measures a rising glide as range and positive slope", () => {
    const v = prosodyFeatures(glide(120, 240, 2, SR), SR);
    expect(get(v, "pitch_st_range")).toBeGreaterThan(8);
    expect(get(v, "pitch_st_slope")).toBeGreaterThan(4); // about 6 semitones per second
  });

  it("finds no pitch in noise", () => {
    const t = pitchTrack(noise(1, SR), SR);
    expect(t.st.length / t.frames).toBeLessThan(0.2);
  });

  it("gives every feature a finite value, even for silence", () => {
    const v = prosodyFeatures(new Float32Array(SR), SR);
    expect(v.every(Number.isFinite)).toBe(true);
  });

  it("level normalisation removes the recording gain", () => {
    const quiet = prosodyFeatures(normaliseLevel(sine(220, 1.5, SR, 0.01)), SR);
    const loud = prosodyFeatures(normaliseLevel(sine(220, 1.5, SR, 0.8)), SR);
    for (let i = 0; i < quiet.length; i++) expect(quiet[i]).toBeCloseTo(loud[i]!, 2);
  });
});
