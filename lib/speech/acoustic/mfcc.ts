// MFCC frames (pure): the acoustic description used to compare two stretches of speech (repeat checks)
// and to find spectrally steady stretches (held fillers, prolongations). No "server-only": used by tests and CLIs.
import { fft } from "../fft";

/** 25-ms windows every 10 ms at 16 kHz, 26 mel bands, 13 cepstra: the usual speech front end (HTK/Kaldi defaults). */
export const MFCC_HOP_SEC = 0.01;
const WIN_SEC = 0.025;
const FFT_SIZE = 512;
const MEL_BANDS = 26;
export const MFCC_COEFFS = 13;

const mel = (hz: number) => 2595 * Math.log10(1 + hz / 700);
const hzOfMel = (m: number) => 700 * (10 ** (m / 2595) - 1);

const filterCache = new Map<number, Float64Array[]>();

/** Triangular mel filters over the FFT bins, 20 Hz to Nyquist. */
function melFilters(sampleRate: number): Float64Array[] {
  const cached = filterCache.get(sampleRate);
  if (cached) return cached;
  const bins = FFT_SIZE / 2 + 1;
  const lo = mel(20);
  const hi = mel(sampleRate / 2);
  const edges = Array.from({ length: MEL_BANDS + 2 }, (_, i) => hzOfMel(lo + ((hi - lo) * i) / (MEL_BANDS + 1)));
  const filters = Array.from({ length: MEL_BANDS }, (_, b) => {
    const f = new Float64Array(bins);
    const [l, c, r] = [edges[b]!, edges[b + 1]!, edges[b + 2]!];
    for (let k = 0; k < bins; k++) {
      const hz = (k * sampleRate) / FFT_SIZE;
      f[k] = hz <= l || hz >= r ? 0 : hz <= c ? (hz - l) / (c - l) : (r - hz) / (r - c);
    }
    return f;
  });
  filterCache.set(sampleRate, filters);
  return filters;
}

/**
 * MFCC frames for samples[start..end) (seconds), one Float64Array of MFCC_COEFFS per 10 ms.
 * c0 (overall level) is dropped and replaced by nothing: comparisons should not depend on loudness.
 */
export function mfccFrames(samples: Float32Array, sampleRate: number, startSec = 0, endSec = samples.length / sampleRate): Float64Array[] {
  const win = Math.round(WIN_SEC * sampleRate);
  const hop = Math.round(MFCC_HOP_SEC * sampleRate);
  const a = Math.max(0, Math.floor(startSec * sampleRate));
  const b = Math.min(samples.length, Math.floor(endSec * sampleRate));
  const filters = melFilters(sampleRate);
  const hamming = Float64Array.from({ length: win }, (_, i) => 0.54 - 0.46 * Math.cos((2 * Math.PI * i) / (win - 1)));
  const out: Float64Array[] = [];
  const re = new Float64Array(FFT_SIZE);
  const im = new Float64Array(FFT_SIZE);
  const logMel = new Float64Array(MEL_BANDS);
  for (let off = a; off + win <= b; off += hop) {
    re.fill(0);
    im.fill(0);
    for (let i = 0; i < win && i < FFT_SIZE; i++) {
      // pre-emphasis 0.97, as in HTK
      const prev = off + i > 0 ? samples[off + i - 1]! : 0;
      re[i] = (samples[off + i]! - 0.97 * prev) * hamming[i]!;
    }
    fft(re, im);
    for (let m = 0; m < MEL_BANDS; m++) {
      const f = filters[m]!;
      let e = 0;
      for (let k = 0; k <= FFT_SIZE / 2; k++) if (f[k]! > 0) e += f[k]! * (re[k]! * re[k]! + im[k]! * im[k]!);
      logMel[m] = Math.log(Math.max(e, 1e-10));
    }
    const c = new Float64Array(MFCC_COEFFS);
    for (let n = 1; n <= MFCC_COEFFS; n++) {
      let s = 0;
      for (let m = 0; m < MEL_BANDS; m++) s += logMel[m]! * Math.cos((Math.PI * n * (m + 0.5)) / MEL_BANDS);
      c[n - 1] = s;
    }
    out.push(c);
  }
  return out;
}

/** Subtracts the mean of each coefficient over `frames` (cepstral mean normalisation: removes the channel). */
export function meanNormalise(frames: readonly Float64Array[], mean = cepstralMean(frames)): Float64Array[] {
  return frames.map((f) => f.map((v, i) => v - mean[i]!));
}

export function cepstralMean(frames: readonly Float64Array[]): Float64Array {
  const m = new Float64Array(MFCC_COEFFS);
  for (const f of frames) for (let i = 0; i < MFCC_COEFFS; i++) m[i]! += f[i]!;
  return m.map((v) => (frames.length ? v / frames.length : 0));
}

export function euclidean(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i]! - b[i]!) ** 2;
  return Math.sqrt(s);
}

/**
 * Dynamic-time-warping distance between two frame sequences, divided by the path length (so a short and
 * a long pair compare on the same scale). Steps: diagonal, horizontal, vertical; Sakoe-Chiba band of 50%
 * of the longer sequence stops one word being matched against a sliver of the other.
 */
export function dtwDistance(x: readonly Float64Array[], y: readonly Float64Array[]): number {
  const n = x.length;
  const m = y.length;
  if (n === 0 || m === 0) return Infinity;
  const band = Math.max(Math.abs(n - m), Math.ceil(0.5 * Math.max(n, m)));
  const cost = new Float64Array((n + 1) * (m + 1)).fill(Infinity);
  const len = new Float64Array((n + 1) * (m + 1));
  cost[0] = 0;
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = 1; i <= n; i++) {
    const jc = Math.round((i * m) / n);
    for (let j = Math.max(1, jc - band); j <= Math.min(m, jc + band); j++) {
      const d = euclidean(x[i - 1]!, y[j - 1]!);
      const cands: [number, number][] = [
        [cost[at(i - 1, j - 1)]!, len[at(i - 1, j - 1)]!],
        [cost[at(i - 1, j)]!, len[at(i - 1, j)]!],
        [cost[at(i, j - 1)]!, len[at(i, j - 1)]!],
      ];
      let best = cands[0]!;
      for (const c of cands) if (c[0] < best[0]) best = c;
      cost[at(i, j)] = best[0] + d;
      len[at(i, j)] = best[1] + 1;
    }
  }
  const total = cost[at(n, m)]!;
  return Number.isFinite(total) ? total / len[at(n, m)]! : Infinity;
}

/** Moving average over +-k frames. */
export function smoothFrames(frames: readonly Float64Array[], k: number): Float64Array[] {
  return frames.map((_, i) => {
    const out = new Float64Array(MFCC_COEFFS);
    const a = Math.max(0, i - k);
    const b = Math.min(frames.length - 1, i + k);
    for (let j = a; j <= b; j++) for (let c = 0; c < MFCC_COEFFS; c++) out[c]! += frames[j]![c]!;
    return out.map((v) => v / (b - a + 1));
  });
}
