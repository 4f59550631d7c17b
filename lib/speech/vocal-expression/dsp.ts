// Short-time spectra, mel filterbank and MFCCs (pure). No "server-only": used by the training
// feature extractor and the app, so both compute exactly the same numbers.
import { fft } from "../fft";

/** 25-ms frames, 10-ms hop at 16 kHz (the usual speech-analysis framing). */
export const FRAME = 400;
export const HOP = 160;
export const N_FFT = 512;
export const N_MELS = 40;
export const N_MFCC = 40;
const MEL_MIN_HZ = 60;
const MEL_MAX_HZ = 7600;

const hzToMel = (hz: number) => 2595 * Math.log10(1 + hz / 700);
const melToHz = (mel: number) => 700 * (10 ** (mel / 2595) - 1);

/** Triangular mel filters (HTK mel scale) over the N_FFT/2+1 power bins. */
export function melFilterbank(sampleRate: number, nMels = N_MELS, nFft = N_FFT): Float64Array[] {
  const bins = nFft / 2 + 1;
  const lo = hzToMel(MEL_MIN_HZ);
  const hi = hzToMel(Math.min(MEL_MAX_HZ, sampleRate / 2));
  const edges = Array.from({ length: nMels + 2 }, (_, i) => (melToHz(lo + ((hi - lo) * i) / (nMels + 1)) * nFft) / sampleRate);
  return Array.from({ length: nMels }, (_, m) => {
    const f = new Float64Array(bins);
    const [a, b, c] = [edges[m]!, edges[m + 1]!, edges[m + 2]!];
    for (let k = 0; k < bins; k++) {
      if (k > a && k <= b) f[k] = (k - a) / (b - a);
      else if (k > b && k < c) f[k] = (c - k) / (c - b);
    }
    return f;
  });
}

const hann = Float64Array.from({ length: FRAME }, (_, i) => 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (FRAME - 1)));
const filterCache = new Map<number, Float64Array[]>();
/** DCT-II basis, orthonormal scale included: dct[q][m]. */
const dct = Array.from({ length: N_MFCC }, (_, q) =>
  Float64Array.from({ length: N_MELS }, (_, m) => Math.cos((Math.PI * q * (m + 0.5)) / N_MELS) * Math.sqrt((q === 0 ? 1 : 2) / N_MELS)),
);

export interface SpectralFrames {
  /** Frame count; frame i starts at sample i*HOP. */
  n: number;
  /** [n][N_MFCC] MFCCs (DCT-II, orthonormal, of log mel energies). */
  mfcc: Float32Array[];
  /** Frame RMS level in dB (re full scale 1.0). */
  levelDb: Float32Array;
  /** Spectral centroid (Hz), 85% roll-off (Hz), flatness (0-1), zero-crossing rate (per sample). */
  centroidHz: Float32Array;
  rolloffHz: Float32Array;
  flatness: Float32Array;
  zcr: Float32Array;
}

export function spectralFrames(x: Float32Array, sampleRate: number): SpectralFrames {
  let filters = filterCache.get(sampleRate);
  if (!filters) {
    filters = melFilterbank(sampleRate);
    filterCache.set(sampleRate, filters);
  }
  // Each triangle is non-zero over a few bins only: sum over those (same sum, a fraction of the work).
  const spans = filters.map((w) => {
    const nz = [...w.keys()].filter((k) => w[k]! !== 0);
    return [nz[0] ?? 0, (nz[nz.length - 1] ?? -1) + 1] as const;
  });
  const n = x.length < FRAME ? 0 : 1 + Math.floor((x.length - FRAME) / HOP);
  const bins = N_FFT / 2 + 1;
  const re = new Float64Array(N_FFT);
  const im = new Float64Array(N_FFT);
  const power = new Float64Array(bins);
  const logMel = new Float64Array(N_MELS);
  const out: SpectralFrames = {
    n,
    mfcc: [],
    levelDb: new Float32Array(n),
    centroidHz: new Float32Array(n),
    rolloffHz: new Float32Array(n),
    flatness: new Float32Array(n),
    zcr: new Float32Array(n),
  };
  const binHz = sampleRate / N_FFT;
  for (let f = 0; f < n; f++) {
    const off = f * HOP;
    re.fill(0);
    im.fill(0);
    let energy = 0;
    let crossings = 0;
    for (let i = 0; i < FRAME; i++) {
      const v = x[off + i]!;
      energy += v * v;
      if (i > 0 && v >= 0 !== x[off + i - 1]! >= 0) crossings++;
      re[i] = v * hann[i]!;
    }
    out.levelDb[f] = 10 * Math.log10(Math.max(energy / FRAME, 1e-12));
    out.zcr[f] = crossings / FRAME;
    fft(re, im);
    let total = 0;
    let weighted = 0;
    let logSum = 0;
    for (let k = 0; k < bins; k++) {
      const p = re[k]! * re[k]! + im[k]! * im[k]!;
      power[k] = p;
      total += p;
      weighted += p * k * binHz;
      logSum += Math.log(p + 1e-12);
    }
    out.centroidHz[f] = total > 0 ? weighted / total : 0;
    out.flatness[f] = total > 0 ? Math.exp(logSum / bins) / (total / bins + 1e-12) : 0;
    let acc = 0;
    let roll = 0;
    for (let k = 0; k < bins; k++) {
      acc += power[k]!;
      if (acc >= 0.85 * total) {
        roll = k * binHz;
        break;
      }
    }
    out.rolloffHz[f] = roll;
    for (let m = 0; m < N_MELS; m++) {
      const w = filters[m]!;
      const [lo, hi] = spans[m]!;
      let s = 0;
      for (let k = lo; k < hi; k++) s += w[k]! * power[k]!;
      logMel[m] = Math.log(s + 1e-10);
    }
    const c = new Float32Array(N_MFCC);
    for (let q = 0; q < N_MFCC; q++) {
      const basis = dct[q]!;
      let s = 0;
      for (let m = 0; m < N_MELS; m++) s += logMel[m]! * basis[m]!;
      c[q] = s;
    }
    out.mfcc.push(c);
  }
  return out;
}
