// Which frames of an uploaded video are analysed, and which of them run the expression model. Pure.

/**
 * Frames analysed per second of video. The summary's finest need is the blink count (blinks last 100-400 ms,
 * MAX_BLINK_MS 500): ten a second catches most; the 4 Hz timeline gets two or three frames per step.
 */
export const FILE_SAMPLE_FPS = 10;

/**
 * The expression model runs at most this often (the live path runs it every 120 ms for the same reason: it is
 * the most expensive stage). 250 ms is the timeline's step, so each step still has an expression.
 */
export const FILE_EMOTION_INTERVAL_MS = 250;

/**
 * Given a decoded frame at `mediaTimeSec` and the index of the last sample taken (-1 before the first), the
 * sample index this frame stands for, or null when it falls before the next sample is due. A decoder that
 * skipped ahead skips the samples it passed instead of crowding them onto one frame.
 */
export function sampleFor(mediaTimeSec: number, lastIndex: number, fps = FILE_SAMPLE_FPS): number | null {
  // A frame presented up to 1 ms early still counts as due (mediaTime is rounded by the browser).
  const index = Math.floor((mediaTimeSec + 0.001) * fps);
  return index > lastIndex ? index : null;
}

/** Fastest and slowest playback between samples (see nextPlaybackRate). */
export const FILE_PLAYBACK_RATE = { max: 3, min: 1 } as const;

/**
 * The playback speed after a sample: a decoder that jumped over sample slots (`skippedSlots` > 0) is
 * running faster than this machine presents frames, so it slows by a quarter per miss, down to real
 * time; otherwise the speed stays. At 3x a loaded two-core machine dropped a quarter of the slots of
 * an 18-s clip (137 of 180). A video under FILE_SAMPLE_FPS skips slots at any speed: it ends at real
 * time, no slower.
 */
export function nextPlaybackRate(rate: number, skippedSlots: number): number {
  if (skippedSlots <= 0) return rate;
  return Math.max(FILE_PLAYBACK_RATE.min, rate * 0.75);
}

/**
 * Whether the frame at `timestampMs` runs the expression model: the first analysed frame of each
 * FILE_EMOTION_INTERVAL_MS step does (so every timeline step has an expression), the others do not.
 * `lastEmotionMs`: when it last ran, -Infinity before the first.
 */
export function runsEmotion(timestampMs: number, lastEmotionMs: number, intervalMs = FILE_EMOTION_INTERVAL_MS): boolean {
  return !Number.isFinite(lastEmotionMs) || Math.floor(timestampMs / intervalMs) > Math.floor(lastEmotionMs / intervalMs);
}
