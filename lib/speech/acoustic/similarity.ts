// Are two stretches of one recording the same sound? (pure). Used to keep a repeat only when the audio
// says the two copies match, never because the alignment grammar allowed one. No "server-only".
import type { Segment } from "../words";
import { cepstralMean, dtwDistance, meanNormalise, mfccFrames, MFCC_HOP_SEC, smoothFrames } from "./mfcc";

/**
 * A pair is similar when its DTW distance is under this share of the typical distance between the first
 * segment and other words of the same recording. Relative, so the test adapts to the speaker, the
 * microphone and the room (absolute MFCC distances vary several-fold between recordings).
 */
export const SIMILAR_RATIO = 0.65;
/** At least this many reference words to judge by; with fewer, a pair is not judged similar. */
const MIN_REFERENCES = 3;
const MAX_REFERENCES = 8;

export interface AcousticIndex {
  /** MFCC frames of the whole stretch, cepstral-mean normalised, frame k at offsetSec + k * 10 ms. */
  frames: Float64Array[];
  /**
   * The same frames averaged over 50 ms: for measuring how fast the spectrum moves. Single 25-ms frames
   * jitter with where the window falls on the pitch periods, even in a perfectly held vowel.
   */
  smooth: Float64Array[];
  offsetSec: number;
}

export function acousticIndex(samples: Float32Array, sampleRate: number, offsetSec = 0): AcousticIndex {
  const raw = mfccFrames(samples, sampleRate);
  const frames = meanNormalise(raw, cepstralMean(raw));
  return { frames, smooth: smoothFrames(frames, 2), offsetSec };
}

export function framesOf(index: AcousticIndex, s: Segment, which: "frames" | "smooth" = "frames"): Float64Array[] {
  const all = index[which];
  const a = Math.max(0, Math.round((s.start - index.offsetSec) / MFCC_HOP_SEC));
  const b = Math.min(all.length, Math.round((s.end - index.offsetSec) / MFCC_HOP_SEC));
  return all.slice(a, Math.max(a, b));
}

export interface SimilarityResult {
  distance: number;
  reference: number;
  similar: boolean;
}

/**
 * Compares `a` with `b` against `a` compared with the start of each of `references` (other words, cut to
 * a's length, so a short burst is compared with other words' onsets and duration never decides).
 * Similar when distance < ratio x the median reference distance.
 */
export function compareSegments(index: AcousticIndex, a: Segment, b: Segment, references: readonly Segment[], ratio = SIMILAR_RATIO): SimilarityResult {
  const fa = framesOf(index, a);
  const distance = dtwDistance(fa, framesOf(index, b));
  const len = a.end - a.start;
  const refs = references
    .slice(0, MAX_REFERENCES)
    .map((r) => dtwDistance(fa, framesOf(index, { start: r.start, end: r.start + len })))
    .filter(Number.isFinite)
    .sort((x, y) => x - y);
  const reference = refs.length ? refs[Math.floor(refs.length / 2)]! : Infinity;
  return { distance, reference, similar: refs.length >= MIN_REFERENCES && distance < ratio * reference };
}
