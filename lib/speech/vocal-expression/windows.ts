// Voiced windows (pure): where vocal expression is measured. The same function cuts the training clips
// and the answers, so the classifier sees windows of the same kind in both.
import type { Segment } from "../words";

/** Speech segments closer than this are one stretch of speech (VAD already pads each segment by 0.3 s). */
export const MERGE_GAP_SEC = 0.6;
/** Shorter stretches carry too little voice to classify (a word or two). */
export const MIN_WINDOW_SEC = 1;
/** Long stretches are cut into equal windows near this length: 2-3 s, the length of a RAVDESS sentence. */
export const TARGET_WINDOW_SEC = 2.5;

export function mergeSpeech(speech: readonly Segment[], gapSec = MERGE_GAP_SEC): Segment[] {
  const out: Segment[] = [];
  for (const s of [...speech].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start - last.end <= gapSec) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/**
 * Cuts speech into windows: each merged stretch of at least MIN_WINDOW_SEC becomes round(L / 2.5) equal
 * windows (a stretch under 3.75 s stays whole, so windows are 1-3.75 s and 1.9-3.1 s once a stretch is cut).
 */
export function voicedWindows(speech: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of mergeSpeech(speech)) {
    const len = s.end - s.start;
    if (len < MIN_WINDOW_SEC) continue;
    const n = Math.max(1, Math.round(len / TARGET_WINDOW_SEC));
    for (let i = 0; i < n; i++) out.push({ start: s.start + (len * i) / n, end: s.start + (len * (i + 1)) / n });
  }
  return out;
}

/**
 * Windows of a short clip that must get a prediction (training and evaluation): the voiced windows, else the
 * whole span of detected speech, else the whole clip.
 */
export function clipWindows(speech: readonly Segment[], durationSec: number): Segment[] {
  const w = voicedWindows(speech);
  if (w.length > 0) return w;
  const first = speech[0];
  const last = speech[speech.length - 1];
  return first && last ? [{ start: first.start, end: last.end }] : [{ start: 0, end: durationSec }];
}
