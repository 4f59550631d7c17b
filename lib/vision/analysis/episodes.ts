import { MIN_LOOK_AWAY_MS, type LookAwayDirection } from "../constants";
import type { LookAwayEpisode, VisionFrame } from "../schemas";
import { mean, median } from "../../stats";

/** Brief returns to the screen shorter than this do not split a looking-away episode. */
const BRIDGE_MS = 300;
/** A blink longer than this is "eyes closed", not a blink. */
const MAX_BLINK_MS = 500;

const isAway = (f: VisionFrame) => !f.faceFound || f.screenRegion === "off-screen";

/** Direction of a gaze that left the screen, from its mean screen position (x > 0 right, y > 0 up). */
export function awayDirection(screenX: number, screenY: number): LookAwayDirection {
  const h = Math.abs(screenX) > 1 ? (screenX > 0 ? "right" : "left") : null;
  const v = Math.abs(screenY) > 1 ? (screenY > 0 ? "up" : "down") : null;
  if (h && v) return `${v}-${h}` as LookAwayDirection;
  if (h) return h;
  if (v) return v;
  // Only just beyond the margin on both axes: report the larger component.
  return Math.abs(screenX) >= Math.abs(screenY) ? (screenX > 0 ? "right" : "left") : screenY > 0 ? "up" : "down";
}

/**
 * Episodes of looking away: the gaze off-screen or no face in view, for at least MIN_LOOK_AWAY_MS,
 * merging runs separated by returns shorter than BRIDGE_MS. Frames must be in time order.
 */
export function findLookAwayEpisodes(frames: readonly VisionFrame[], endMs: number): LookAwayEpisode[] {
  const runs: { start: number; end: number; frames: VisionFrame[] }[] = [];
  let current: { start: number; end: number; frames: VisionFrame[] } | null = null;
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i] as VisionFrame;
    const next = frames[i + 1];
    if (isAway(f)) {
      const end = next ? next.timestampMs : endMs;
      if (current && f.timestampMs - current.end <= BRIDGE_MS) {
        current.end = end;
        current.frames.push(f);
      } else {
        current = { start: f.timestampMs, end, frames: [f] };
        runs.push(current);
      }
    }
  }
  return runs
    .filter((r) => r.end - r.start >= MIN_LOOK_AWAY_MS)
    .map((r) => {
      const withGaze = r.frames.filter((f) => f.gaze !== null && f.screenRegion === "off-screen");
      const x = mean(withGaze.map((f) => f.gaze?.screenX ?? 0));
      const y = mean(withGaze.map((f) => f.gaze?.screenY ?? 0));
      // A direction needs the gaze seen for most of the episode; a stray off-screen frame inside
      // a stretch without a face does not make it "looked up".
      const gazeSeen = withGaze.length * 2 >= r.frames.length;
      return {
        startMs: r.start,
        durationMs: r.end - r.start,
        direction: x === null || y === null || !gazeSeen ? "face-not-visible" : awayDirection(x, y),
      };
    });
}

/**
 * Counts blinks: openness dropping below half of this answer's median (so narrow eyes are not
 * read as closed) and recovering within MAX_BLINK_MS. Needs per-frame data: at 4 Hz most blinks
 * (100-300 ms) would be missed, which is why this runs on frames, not on the timeline.
 */
export function countBlinks(frames: readonly VisionFrame[]): number {
  const open = frames.filter((f) => f.faceFound && f.eyes !== null);
  const baseline = median(open.map((f) => f.eyes?.openness ?? 0));
  if (baseline === null || baseline <= 0.05) return 0;
  const closedBelow = 0.5 * baseline;
  const reopenAbove = 0.7 * baseline;
  let blinks = 0;
  let closedSince: number | null = null;
  let wasOpen = false;
  for (const f of open) {
    const o = f.eyes?.openness ?? 0;
    if (closedSince === null) {
      if (o < closedBelow && wasOpen) closedSince = f.timestampMs;
      else if (o > reopenAbove) wasOpen = true;
    } else if (o > reopenAbove) {
      if (f.timestampMs - closedSince <= MAX_BLINK_MS) blinks++;
      closedSince = null;
    }
  }
  return blinks;
}
