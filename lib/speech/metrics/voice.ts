// Voice metrics from per-frame pitch and loudness tracks (pure). No "server-only": imported by CLI scripts and tests.
import { mean as meanOf, quantileSorted, sampleStd } from "../../stats";
import { round } from "../words";

/**
 * Thresholds (documented heuristics, not clinical norms):
 * - Plausible adult F0 range 60-400 Hz: values outside are octave errors of the pitch tracker.
 * - Pitch variability = standard deviation of F0 in semitones around the median. Read and conversational
 *   English typically varies by about 2-4 semitones (SD); Hincks (2005, "Measures and perceptions of
 *   liveliness in student oral presentation speech", Proc. Interspeech/ Fonetik) found speakers heard as
 *   monotone had a pitch variation quotient (SD/mean of F0 in Hz) near or below 0.10, i.e. ~1.7 semitones.
 *   So we flag monotone below 1.7 semitones SD.
 * - Range uses the 5th-95th percentiles so a single tracker glitch cannot inflate it.
 * - Loudness variability = SD of frame level in dB over voiced frames; under 3 dB sounds flat.
 */
export const VOICE_THRESHOLDS = {
  minHz: 60,
  maxHz: 400,
  monotoneSemitoneSd: 1.7,
  flatLoudnessDb: 3,
  /** Fewer voiced frames than this and the voice metrics are not reported as reliable. */
  minVoicedFrames: 20,
} as const;

export interface VoiceMetrics {
  medianHz: number;
  p5Hz: number;
  p95Hz: number;
  /** 12 * log2(p95 / p5). */
  rangeSemitones: number;
  /** SD of 12 * log2(f0 / median) over voiced frames. */
  variabilitySemitones: number;
  /** Pitch variation quotient (Hincks 2005): SD(F0 Hz) / mean(F0 Hz). */
  pitchVariationQuotient: number;
  /** SD of voiced-frame level in dB. */
  loudnessVariabilityDb: number;
  monotone: boolean;
  flatLoudness: boolean;
  voicedFrames: number;
  reliable: boolean;
  thresholds: typeof VOICE_THRESHOLDS;
}

// No voiced frames reads as 0 Hz / 0 semitones, with `reliable: false` saying the figures mean nothing.
const quantile = (sorted: readonly number[], q: number) => quantileSorted(sorted, q) ?? 0;
const mean = (xs: readonly number[]) => meanOf(xs) ?? 0;
// Sample SD: the voiced frames are a sample of how this voice moves.
const sd = (xs: readonly number[]) => sampleStd(xs) ?? 0;

/**
 * @param pitchHz per-frame F0 (null = unvoiced)
 * @param levelDb per-frame level in dB (same frames); only frames with a valid pitch are used for loudness
 */
export function computeVoiceMetrics(pitchHz: readonly (number | null)[], levelDb: readonly number[]): VoiceMetrics {
  const f0: number[] = [];
  const lev: number[] = [];
  pitchHz.forEach((f, i) => {
    if (f !== null && Number.isFinite(f) && f >= VOICE_THRESHOLDS.minHz && f <= VOICE_THRESHOLDS.maxHz) {
      f0.push(f);
      const l = levelDb[i];
      if (l !== undefined && Number.isFinite(l)) lev.push(l);
    }
  });
  const sorted = [...f0].sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  const p5 = quantile(sorted, 0.05);
  const p95 = quantile(sorted, 0.95);
  const st = median > 0 ? f0.map((f) => 12 * Math.log2(f / median)) : [];
  const variability = sd(st);
  const loudSd = sd(lev);
  const reliable = f0.length >= VOICE_THRESHOLDS.minVoicedFrames;
  return {
    medianHz: round(median, 1),
    p5Hz: round(p5, 1),
    p95Hz: round(p95, 1),
    rangeSemitones: p5 > 0 ? round(12 * Math.log2(p95 / p5), 2) : 0,
    variabilitySemitones: round(variability, 2),
    pitchVariationQuotient: mean(f0) > 0 ? round(sd(f0) / mean(f0), 3) : 0,
    loudnessVariabilityDb: round(loudSd, 2),
    monotone: reliable && variability < VOICE_THRESHOLDS.monotoneSemitoneSd,
    flatLoudness: reliable && loudSd < VOICE_THRESHOLDS.flatLoudnessDb,
    voicedFrames: f0.length,
    reliable,
    thresholds: VOICE_THRESHOLDS,
  };
}
