// Prosodic and spectral-shape features of one voiced window (pure): pitch contour (McLeod pitch method via
// pitchy), loudness contour, MFCC and spectral-shape statistics. Names are listed in PROSODY_FEATURE_NAMES
// in the order of the vector, so the model's metadata can be checked against this code.
import { PitchDetector } from "pitchy";
import { HOP, N_MFCC, spectralFrames } from "./dsp";
import { mean, meanAbsDelta, quantile, slope, std } from "./stats";

/** McLeod needs two periods: 1024 samples see down to ~30 Hz at 16 kHz; 20-ms hop. */
const PITCH_WINDOW = 1024;
const PITCH_HOP = 320;
const MIN_HZ = 60;
const MAX_HZ = 500;
const MIN_CLARITY = 0.7;
/** Frames more than 35 dB under the window's loudest frame are pauses, not voice. */
const ACTIVE_DB_BELOW_MAX = 35;
/** MFCC statistics use the first 20 coefficients (the rest describe fine spectral detail, mostly noise here). */
const STAT_MFCC = 20;

const STAT_NAMES = ["mean", "std", "p10", "p50", "p90", "range", "delta"] as const;

export const PROSODY_FEATURE_NAMES: readonly string[] = [
  "pitch_voiced_fraction",
  ...STAT_NAMES.map((s) => `pitch_st_${s}`),
  "pitch_st_slope",
  ...STAT_NAMES.map((s) => `level_db_${s}`),
  "level_active_fraction",
  ...["centroid", "rolloff", "flatness", "zcr"].flatMap((n) => [`${n}_mean`, `${n}_std`]),
  ...Array.from({ length: STAT_MFCC }, (_, i) => `mfcc${i}_mean`),
  ...Array.from({ length: STAT_MFCC }, (_, i) => `mfcc${i}_std`),
  ...Array.from({ length: STAT_MFCC }, (_, i) => `mfcc${i}_delta`),
];

function contourStats(xs: ArrayLike<number>): number[] {
  const p10 = quantile(xs, 0.1);
  const p90 = quantile(xs, 0.9);
  return [mean(xs), std(xs), p10, quantile(xs, 0.5), p90, p90 - p10, meanAbsDelta(xs)];
}

/** Pitch track in semitones re 100 Hz over 20-ms frames; frames without a clear pitch are left out. */
export function pitchTrack(x: Float32Array, sampleRate: number): { t: number[]; st: number[]; frames: number } {
  const detector = PitchDetector.forFloat32Array(PITCH_WINDOW);
  detector.minVolumeDecibels = -50;
  const t: number[] = [];
  const st: number[] = [];
  let frames = 0;
  for (let off = 0; off + PITCH_WINDOW <= x.length; off += PITCH_HOP) {
    frames++;
    const [hz, clarity] = detector.findPitch(x.subarray(off, off + PITCH_WINDOW), sampleRate);
    if (clarity >= MIN_CLARITY && hz >= MIN_HZ && hz <= MAX_HZ) {
      t.push((off + PITCH_WINDOW / 2) / sampleRate);
      st.push(12 * Math.log2(hz / 100));
    }
  }
  return { t, st, frames };
}

export function prosodyFeatures(x: Float32Array, sampleRate: number): Float32Array {
  const pitch = pitchTrack(x, sampleRate);
  const spec = spectralFrames(x, sampleRate);
  const maxDb = spec.n > 0 ? Math.max(...spec.levelDb) : 0;
  const active: number[] = [];
  for (let f = 0; f < spec.n; f++) if (spec.levelDb[f]! >= maxDb - ACTIVE_DB_BELOW_MAX) active.push(f);
  const pick = (track: Float32Array) => active.map((f) => track[f]!);
  const mfccStats: number[][] = [[], [], []];
  for (let q = 0; q < STAT_MFCC; q++) {
    const c = active.map((f) => spec.mfcc[f]![q]!);
    mfccStats[0]!.push(mean(c));
    mfccStats[1]!.push(std(c));
    mfccStats[2]!.push(meanAbsDelta(c));
  }
  const v = [
    pitch.frames > 0 ? pitch.st.length / pitch.frames : 0,
    ...contourStats(pitch.st),
    slope(pitch.t, pitch.st),
    ...contourStats(pick(spec.levelDb).map((d) => d - maxDb)),
    spec.n > 0 ? active.length / spec.n : 0,
    ...[spec.centroidHz, spec.rolloffHz].flatMap((tr) => [mean(pick(tr)) / 1000, std(pick(tr)) / 1000]),
    ...[spec.flatness, spec.zcr].flatMap((tr) => [mean(pick(tr)), std(pick(tr))]),
    ...mfccStats.flat(),
  ];
  if (v.length !== PROSODY_FEATURE_NAMES.length) throw new Error(`prosody vector has ${v.length} values, expected ${PROSODY_FEATURE_NAMES.length}`);
  return Float32Array.from(v, (a) => (Number.isFinite(a) ? a : 0));
}

/** MFCC frames (10-ms hop) for the from-scratch CNN baseline. */
export function mfccSequence(x: Float32Array, sampleRate: number): { frames: Float32Array[]; hopSec: number; coefficients: number } {
  return { frames: spectralFrames(x, sampleRate).mfcc, hopSec: HOP / sampleRate, coefficients: N_MFCC };
}
