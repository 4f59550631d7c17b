import { describe, expect, it } from "vitest";
import { computeVoiceMetrics } from "./metrics/voice";
import { extractVoiceTracks, frameLevelDb } from "./voice-features";

function tone(hzAt: (t: number) => number, sec: number, amp = 0.3, sr = 16000): Float32Array {
  const out = new Float32Array(Math.floor(sec * sr));
  let phase = 0;
  for (let i = 0; i < out.length; i++) {
    phase += (2 * Math.PI * hzAt(i / sr)) / sr;
    out[i] = amp * Math.sin(phase);
  }
  return out;
}

describe("extractVoiceTracks", () => {
  it("finds a steady 150 Hz tone as monotone", () => {
    const s = tone(() => 150, 2);
    const v = computeVoiceMetrics(...Object.values(extractVoiceTracks(s, 16000, [{ start: 0, end: 2 }])) as [
      (number | null)[],
      number[],
    ]);
    expect(v.medianHz).toBeGreaterThan(147);
    expect(v.medianHz).toBeLessThan(153);
    expect(v.monotone).toBe(true);
  });

  it("measures a glide from 100 to 200 Hz as about an octave", () => {
    const s = tone((t) => 100 * 2 ** (t / 2), 2); // 100 Hz -> 200 Hz over 2 s, linear in semitones
    const tracks = extractVoiceTracks(s, 16000, [{ start: 0, end: 2 }]);
    const v = computeVoiceMetrics(tracks.pitchHz, tracks.levelDb);
    // 5th-95th percentile of a 0-12 semitone glide seen through 64-ms windows: ~10 semitones
    expect(v.rangeSemitones).toBeGreaterThan(9);
    expect(v.rangeSemitones).toBeLessThan(12);
    expect(v.monotone).toBe(false);
  });

  it("skips silent frames and computes level in dBFS", () => {
    const tracks = extractVoiceTracks(new Float32Array(32000), 16000, [{ start: 0, end: 2 }]);
    expect(tracks.pitchHz).toHaveLength(0);
    // full-scale sine: RMS 1/sqrt(2) -> -3.01 dBFS
    expect(frameLevelDb(tone(() => 1000, 0.1, 1))).toBeCloseTo(-3.01, 1);
  });
});
