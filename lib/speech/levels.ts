// Frame levels of a recording and the silence threshold drawn from them (pure): what the pause, repeat,
// filler and stammer detectors all measure against. No "server-only": imported by tests and CLIs.
import { quantileSorted } from "../stats";

/** Levels are measured over 10-ms frames. */
export const LEVEL_FRAME_SEC = 0.01;

/** 10-ms frame levels in dBFS. */
export function frameLevels(samples: Float32Array, sampleRate: number): Float32Array {
  const n = Math.round(LEVEL_FRAME_SEC * sampleRate);
  const out = new Float32Array(Math.ceil(samples.length / n));
  for (let f = 0; f < out.length; f++) {
    let s = 0;
    const a = f * n;
    const b = Math.min(samples.length, a + n);
    for (let i = a; i < b; i++) s += samples[i]! * samples[i]!;
    out[f] = 10 * Math.log10(Math.max(s / Math.max(1, b - a), 1e-12));
  }
  return out;
}

/** Frames under -70 dBFS are silence whatever the recording's noise floor. */
const SILENCE_ALWAYS_DB = -70;

/**
 * Level under which a 10-ms frame counts as silence: 20 dB under loud speech (90th percentile), but never
 * more than 10 dB above the noise floor (10th percentile of all frames), so room noise counts as silence
 * while quiet speech does not; anything under SILENCE_ALWAYS_DB is silence.
 */
export function silenceThresholdDb(levels: Float32Array): number {
  if (levels.length === 0) return -60;
  const sorted = Float64Array.from(levels).sort();
  const floor = quantileSorted(sorted, 0.1)!;
  // 90th percentile = typical loud speech, as long as at least 10% of the recording is speech.
  const speech = quantileSorted(sorted, 0.9)!;
  // Digital silence (-120 dB) would otherwise put the threshold where dithered silence (-98 dB) is "sound".
  return Math.max(SILENCE_ALWAYS_DB, Math.min(speech - 20, floor + 10));
}
