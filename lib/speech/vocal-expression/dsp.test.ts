import { describe, expect, it } from "vitest";
import { fft } from "../fft";
import { FRAME, HOP, melFilterbank, N_FFT, N_MFCC, spectralFrames } from "./dsp";
import { sine } from "./test-signals";

describe("dsp", () => {
  it("fft matches a direct DFT", () => {
    const n = 16;
    const x = Array.from({ length: n }, (_, i) => Math.sin(i * 0.7) + 0.3 * Math.cos(i * 2.1));
    const re = Float64Array.from(x);
    const im = new Float64Array(n);
    fft(re, im);
    for (let k = 0; k < n; k++) {
      let r = 0;
      let q = 0;
      for (let t = 0; t < n; t++) {
        r += x[t]! * Math.cos((-2 * Math.PI * k * t) / n);
        q += x[t]! * Math.sin((-2 * Math.PI * k * t) / n);
      }
      expect(re[k]).toBeCloseTo(r, 9);
      expect(im[k]).toBeCloseTo(q, 9);
    }
  });

  it("mel filters cover the band with unit-peak triangles", () => {
    const f = melFilterbank(16_000);
    expect(f).toHaveLength(40);
    for (const w of f) {
      expect(w.length).toBe(N_FFT / 2 + 1);
      expect(Math.max(...w)).toBeGreaterThan(0.3);
      expect(Math.max(...w)).toBeLessThanOrEqual(1);
    }
  });

  it("frames a 1 kHz tone: frame count, level, centroid", () => {
    const x = sine(1000, 1, 16_000, 0.5);
    const s = spectralFrames(x, 16_000);
    expect(s.n).toBe(1 + Math.floor((16_000 - FRAME) / HOP));
    expect(s.mfcc[0]).toHaveLength(N_MFCC);
    // RMS of a 0.5-amplitude sine: 0.354 -> -9.0 dB
    expect(s.levelDb[10]).toBeCloseTo(-9.03, 1);
    expect(s.centroidHz[10]).toBeGreaterThan(900);
    expect(s.centroidHz[10]).toBeLessThan(1100);
    expect(s.flatness[10]).toBeLessThan(0.05);
  });
});
