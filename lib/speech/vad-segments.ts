// Turns per-frame speech probabilities into speech segments (pure). No "server-only": imported by tests.
import type { Segment } from "./words";
import { round } from "./words";

/**
 * Hysteresis thresholds follow @ricky0123/vad's defaults for Silero v4 (positive 0.5, negative 0.35):
 * a segment starts when p >= positive and ends once p < negative for `redemptionSec`.
 */
export interface VadSegmentOptions {
  positiveThreshold: number;
  negativeThreshold: number;
  /** Silence needed to close a segment. Short, so pauses of ~0.3 s already split segments. */
  redemptionSec: number;
  /** Segments shorter than this are clicks/breaths: dropped. */
  minSpeechSec: number;
  /** Padding added on both sides (clamped to the audio). 0.1 s cut word onsets for Moonshine ("Printing" lost on LJ001-0001); 0.3 s fixed it. */
  padSec: number;
}

export const DEFAULT_VAD_SEGMENT_OPTIONS: VadSegmentOptions = {
  positiveThreshold: 0.5,
  negativeThreshold: 0.35,
  redemptionSec: 0.3,
  minSpeechSec: 0.15,
  padSec: 0.3,
};

export function probabilitiesToSegments(
  probs: readonly number[],
  frameSec: number,
  durationSec: number,
  opts: VadSegmentOptions = DEFAULT_VAD_SEGMENT_OPTIONS,
): Segment[] {
  const raw: Segment[] = [];
  let start: number | null = null;
  let lastSpeechEnd = 0;
  for (const [i, p] of probs.entries()) {
    const t0 = i * frameSec;
    const t1 = t0 + frameSec;
    if (start === null) {
      if (p >= opts.positiveThreshold) {
        start = t0;
        lastSpeechEnd = t1;
      }
      continue;
    }
    if (p >= opts.negativeThreshold) {
      lastSpeechEnd = t1;
    } else if (t1 - lastSpeechEnd >= opts.redemptionSec) {
      raw.push({ start, end: lastSpeechEnd });
      start = null;
    }
  }
  if (start !== null) raw.push({ start, end: lastSpeechEnd });

  const out: Segment[] = [];
  for (const s of raw) {
    if (s.end - s.start < opts.minSpeechSec) continue;
    const padded = { start: Math.max(0, s.start - opts.padSec), end: Math.min(durationSec, s.end + opts.padSec) };
    const prev = out[out.length - 1];
    if (prev && padded.start <= prev.end) prev.end = Math.max(prev.end, padded.end);
    else out.push(padded);
  }
  return out.map((s) => ({ start: round(s.start), end: round(s.end) }));
}
