// Acoustic check of filled pauses ("um", "uh") that the aligner placed where the transcript has no word (pure).
// No "server-only": imported by tests.
import { PitchDetector } from "pitchy";
import { LEVEL_FRAME_SEC } from "../levels";
import type { Segment } from "../words";
import { euclidean } from "./mfcc";
import { framesOf, type AcousticIndex } from "./similarity";

/**
 * A filled pause is a held vowel or nasal: long enough (150 ms to 1.5 s; human "uh"/"um" typically last
 * 200-700 ms, Shriberg 1994, O'Shaughnessy 1992), voiced, with a nearly flat pitch and a spectrum that
 * barely changes, unlike a word, which moves through several phones.
 */
export const FILLED_PAUSE = {
  minSec: 0.15,
  maxSec: 1.5,
  /**
   * Share of 32-ms frames with a pitch (pitchy clarity >= 0.6: creaky "uhhh" still counts, breath and
   * noise, near 0.3, do not).
   */
  minVoicedShare: 0.5,
  /** Standard deviation of pitch, semitones: flat or gently falling, not the rise and fall of a word. */
  maxPitchSdSemitones: 3,
  /** Mean MFCC change per 10 ms, relative to the median change over all sounding frames of the chunk. */
  maxSpectralChangeRatio: 0.75,
  /** Share of 10-ms frames above the silence threshold. */
  minSoundShare: 0.8,
} as const;

const PITCH_WIN = 512;
const detectors = new Map<number, PitchDetector<Float32Array>>();

/** Pitch per 16-ms hop (null where unvoiced) over [start, end). */
export function pitchTrack(samples: Float32Array, sampleRate: number, seg: Segment, offsetSec = 0): (number | null)[] {
  const det = detectors.get(PITCH_WIN) ?? PitchDetector.forFloat32Array(PITCH_WIN);
  detectors.set(PITCH_WIN, det);
  const a = Math.max(0, Math.floor((seg.start - offsetSec) * sampleRate));
  const b = Math.min(samples.length, Math.floor((seg.end - offsetSec) * sampleRate));
  const out: (number | null)[] = [];
  for (let off = a; off + PITCH_WIN <= b; off += PITCH_WIN / 2) {
    const [hz, clarity] = det.findPitch(samples.subarray(off, off + PITCH_WIN), sampleRate);
    out.push(clarity >= 0.6 && hz >= 60 && hz <= 500 ? hz : null);
  }
  return out;
}

/** Mean MFCC change between consecutive frames of a stretch. */
export function spectralChange(frames: readonly Float64Array[]): number {
  if (frames.length < 2) return Infinity;
  let s = 0;
  for (let i = 1; i < frames.length; i++) s += euclidean(frames[i - 1]!, frames[i]!);
  return s / (frames.length - 1);
}

/** Median frame-to-frame MFCC change over the sounding frames of the index (`levels` frame 0 = the index's start). */
export function typicalSpectralChange(index: AcousticIndex, levels: Float32Array, thresholdDb: number): number {
  const d: number[] = [];
  for (let i = 1; i < index.smooth.length; i++) {
    const f = Math.round((i * 0.01) / LEVEL_FRAME_SEC);
    if ((levels[f] ?? -200) >= thresholdDb) d.push(euclidean(index.smooth[i - 1]!, index.smooth[i]!));
  }
  d.sort((x, y) => x - y);
  return d.length ? d[Math.floor(d.length / 2)]! : Infinity;
}

export interface FilledPauseCheck {
  ok: boolean;
  reason: string | null;
}

export interface FilledPauseContext {
  samples: Float32Array;
  sampleRate: number;
  /** Time of samples[0]. */
  offsetSec: number;
  index: AcousticIndex;
  /** 10-ms levels of `samples` (frame 0 = offsetSec). */
  levels: Float32Array;
  thresholdDb: number;
  typicalChange: number;
}

/** `maxSpectralChangeRatio`: a stricter steadiness where the stretch needs more evidence (inside a word). */
export function checkFilledPause(seg: Segment, ctx: FilledPauseContext, maxSpectralChangeRatio: number = FILLED_PAUSE.maxSpectralChangeRatio): FilledPauseCheck {
  const C = FILLED_PAUSE;
  const len = seg.end - seg.start;
  if (len < C.minSec) return { ok: false, reason: "too short" };
  if (len > C.maxSec) return { ok: false, reason: "too long" };
  const a = Math.floor((seg.start - ctx.offsetSec) / LEVEL_FRAME_SEC);
  const b = Math.ceil((seg.end - ctx.offsetSec) / LEVEL_FRAME_SEC);
  let loud = 0;
  for (let f = a; f < b; f++) if ((ctx.levels[f] ?? -200) >= ctx.thresholdDb) loud++;
  if (loud / Math.max(1, b - a) < C.minSoundShare) return { ok: false, reason: "mostly silent" };
  const pitch = pitchTrack(ctx.samples, ctx.sampleRate, seg, ctx.offsetSec);
  const voiced = pitch.filter((p): p is number => p !== null);
  if (pitch.length === 0 || voiced.length / pitch.length < C.minVoicedShare) return { ok: false, reason: "not voiced" };
  const st = voiced.map((hz) => 12 * Math.log2(hz / 100));
  const mean = st.reduce((x, y) => x + y, 0) / st.length;
  const sd = Math.sqrt(st.reduce((x, y) => x + (y - mean) ** 2, 0) / st.length);
  if (sd > C.maxPitchSdSemitones) return { ok: false, reason: "pitch moves" };
  const change = spectralChange(framesOf(ctx.index, seg, "smooth"));
  if (change > maxSpectralChangeRatio * ctx.typicalChange) return { ok: false, reason: "spectrum moves" };
  return { ok: true, reason: null };
}
