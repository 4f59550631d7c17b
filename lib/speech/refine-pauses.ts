// Snaps the edges of pauses between words to the silence actually present in the audio (pure).
// No "server-only": imported by tests.
import { quantileSorted } from "../stats";
import { LEVEL_FRAME_SEC } from "./align/verify-repeats";
import type { TimedWord } from "./words";
import { round } from "./words";

/** Only gaps at least this long are refined (shorter gaps are not pauses; see metrics/pauses). */
const MIN_GAP_SEC = 0.25;
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

/**
 * For each gap between consecutive words (>= MIN_GAP_SEC), finds the longest run of silent frames inside
 * [gapStart - 0.5 s, nextWordStart + 0.5 s] (staying inside the two words) and moves the previous word's end / next word's start to that run's edges.
 * Why: the aligner's silence model sometimes swallows a short word next to a pause (measured: a 1.5 s pause
 * reported as 2.06 s on the espeak test clip), and VAD-estimated timings carry VAD padding into the gap.
 * Words never move past their neighbours; a gap with no silent run is left as it was.
 */
export function refinePauses(words: readonly TimedWord[], levels: Float32Array, offsetSec = 0): TimedWord[] {
  const out = words.map((w) => ({ ...w }));
  const thr = silenceThresholdDb(levels);
  const frameAt = (t: number) => Math.round((t - offsetSec) / LEVEL_FRAME_SEC);
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1]!;
    const next = out[i]!;
    if (next.start - prev.end < MIN_GAP_SEC) continue;
    // Look up to 0.5 s into both words: the aligner may have stretched either over the silence.
    const lo = Math.max(frameAt(prev.start) + 1, frameAt(prev.end - 0.5));
    const hi = Math.min(levels.length, frameAt(next.end) - 1, frameAt(next.start + 0.5));
    let bestA = -1;
    let bestLen = 0;
    for (let f = Math.max(0, lo); f < hi; ) {
      if (levels[f]! >= thr) {
        f++;
        continue;
      }
      let g = f;
      while (g < hi && levels[g]! < thr) g++;
      if (g - f > bestLen) {
        bestLen = g - f;
        bestA = f;
      }
      f = g;
    }
    if (bestA < 0) continue;
    const silStart = offsetSec + bestA * LEVEL_FRAME_SEC;
    const silEnd = offsetSec + (bestA + bestLen) * LEVEL_FRAME_SEC;
    prev.end = round(Math.max(prev.start, silStart));
    next.start = round(Math.min(next.end, Math.max(silEnd, prev.end)));
  }
  return out;
}
