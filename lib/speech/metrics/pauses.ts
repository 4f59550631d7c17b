// Pause metrics (pure). No "server-only": imported by CLI scripts and tests.
import type { Segment } from "../words";
import { round } from "../words";

/**
 * Thresholds. Silences under ~0.25 s are articulatory (stop closures), not pauses (Goldman-Eisler 1968);
 * 0.5 s is where listeners reliably notice a pause, and pauses over 2 s read as "lost the thread" in
 * answer coaching. Silence share uses the 0.25 s floor so it matches the articulation-rate definition.
 */
export const PAUSE_THRESHOLDS = {
  silenceFloorSec: 0.25,
  pauseSec: 0.5,
  longPauseSec: 2,
} as const;

export interface PauseItem {
  start: number;
  end: number;
  durationSec: number;
  long: boolean;
}

export interface PauseMetrics {
  /** Pauses between words longer than pauseSec (leading/trailing silence excluded). */
  count: number;
  /** Pauses longer than longPauseSec. */
  longCount: number;
  longestSec: number;
  /** Silent time (gaps >= silenceFloorSec) divided by the speech span (first word start to last word end). */
  silenceShare: number;
  /** Silence before the first sound of speech. */
  timeToFirstWordSec: number;
  /** Silence after the last word, up to the end of the recording. */
  trailingSilenceSec: number;
  /** Pauses per minute of speech span. */
  perMinute: number;
  items: PauseItem[];
  thresholds: typeof PAUSE_THRESHOLDS;
}

/**
 * `spans` are the stretches where the speaker is heard, in time order: in the pipeline the sound found by
 * voice activity and energy (signal-pauses.ts), so pauses never depend on word timings; any timed words work too.
 */
export function computePauses(spans: readonly Segment[], durationSec: number): PauseMetrics {
  const words = spans;
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) {
    return {
      count: 0,
      longCount: 0,
      longestSec: 0,
      silenceShare: durationSec > 0 ? 1 : 0,
      timeToFirstWordSec: round(durationSec),
      trailingSilenceSec: 0,
      perMinute: 0,
      items: [],
      thresholds: PAUSE_THRESHOLDS,
    };
  }
  const items: PauseItem[] = [];
  let silent = 0;
  let longest = 0;
  for (let i = 1; i < words.length; i++) {
    const a = words[i - 1]!;
    const b = words[i]!;
    const gap = b.start - a.end;
    if (gap >= PAUSE_THRESHOLDS.silenceFloorSec) silent += gap;
    if (gap > longest) longest = gap;
    if (gap > PAUSE_THRESHOLDS.pauseSec) {
      items.push({
        start: round(a.end),
        end: round(b.start),
        durationSec: round(gap),
        long: gap > PAUSE_THRESHOLDS.longPauseSec,
      });
    }
  }
  const span = Math.max(last.end - first.start, 1e-6);
  return {
    count: items.length,
    longCount: items.filter((p) => p.long).length,
    longestSec: round(Math.max(0, longest)),
    silenceShare: round(silent / span),
    timeToFirstWordSec: round(first.start),
    trailingSilenceSec: round(Math.max(0, durationSec - last.end)),
    perMinute: round((items.length / span) * 60, 2),
    items,
    thresholds: PAUSE_THRESHOLDS,
  };
}
