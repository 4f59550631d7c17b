// Where the recording sounds and where it is silent, from voice activity and energy alone (pure).
// Pauses and time-to-first-word come from these spans, so an alignment failure (or words spread evenly
// over a chunk) can never hide a pause. No "server-only": imported by tests.
import { LEVEL_FRAME_SEC, silenceThresholdDb } from "./levels";
import type { Segment } from "./words";
import { round } from "./words";

/** Sound shorter than this between two silences is a click or a lip smack, not speech: it does not split a pause. */
export const MIN_SOUND_SEC = 0.06;

/**
 * Stretches of sound: 10-ms frames inside a voice-activity segment and above the silence threshold
 * (`silenceThresholdDb`: 20 dB under loud speech, at most 10 dB over the noise floor). Frames outside every
 * VAD segment are silent whatever their level (keyboard noise, a door), and a held "uhhh" is sound, not a pause.
 */
export function soundSpans(levels: Float32Array, speech: readonly Segment[], minSoundSec = MIN_SOUND_SEC): Segment[] {
  const thr = silenceThresholdDb(levels);
  const spans: Segment[] = [];
  for (const seg of speech) {
    const a = Math.max(0, Math.floor(seg.start / LEVEL_FRAME_SEC));
    const b = Math.min(levels.length, Math.ceil(seg.end / LEVEL_FRAME_SEC));
    for (let f = a; f < b; ) {
      if (levels[f]! < thr) {
        f++;
        continue;
      }
      let g = f;
      while (g < b && levels[g]! >= thr) g++;
      if ((g - f) * LEVEL_FRAME_SEC >= minSoundSec) spans.push({ start: round(f * LEVEL_FRAME_SEC), end: round(g * LEVEL_FRAME_SEC) });
      f = g;
    }
  }
  return spans;
}

/** Joins the sounding spans across the given gaps (e.g. the silence of a block, which is not a pause). */
export function bridgeGaps(spans: readonly Segment[], gaps: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && gaps.some((g) => g.start >= prev.end - 1e-6 && g.end <= s.start + 1e-6 && g.start <= prev.end + 1e-6)) prev.end = s.end;
    else out.push({ ...s });
  }
  return out;
}
