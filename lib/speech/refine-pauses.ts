// Snaps the edges of pauses between words to the silence actually present in the audio (pure).
// No "server-only": imported by tests.
import { LEVEL_FRAME_SEC, silenceThresholdDb } from "./levels";
import type { TimedWord } from "./words";
import { round } from "./words";

/** Only gaps at least this long are refined (shorter gaps are not pauses; see metrics/pauses). */
const MIN_GAP_SEC = 0.25;

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
