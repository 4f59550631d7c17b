// Plans STT chunks from VAD segments (pure). No "server-only": imported by tests.
import type { Segment } from "./words";
import { round } from "./words";

/** Moonshine is trained on utterances up to ~30 s and the tiny model loops on long input: stay well under. */
export const MAX_CHUNK_SEC = 20;

/** Returns the best cut time in [lo, hi] (e.g. the quietest moment). */
export type CutPicker = (lo: number, hi: number) => number;

/** How far from an equal split a cut may move to find a quiet moment. */
const CUT_SEARCH_SEC = 3;

/**
 * Groups consecutive VAD segments into chunks of at most `maxSec`, cutting only between segments.
 * A single segment longer than `maxSec` (someone talking without a pause) is cut into near-equal parts;
 * with `pickCut` each cut moves to the best moment within CUT_SEARCH_SEC (the quietest, between words).
 * Silence between segments in the same chunk stays in the chunk, so the audio is continuous.
 */
export function planChunks(segments: readonly Segment[], maxSec = MAX_CHUNK_SEC, pickCut?: CutPicker): Segment[] {
  const pieces: Segment[] = [];
  for (const s of segments) {
    let start = s.start;
    while (s.end - start > maxSec) {
      const n = Math.ceil((s.end - start) / maxSec);
      const ideal = start + (s.end - start) / n;
      // Only search backwards of `start + maxSec`, so the piece never exceeds the limit.
      const cut = pickCut ? pickCut(Math.max(start + 1, ideal - CUT_SEARCH_SEC), Math.min(start + maxSec, ideal + CUT_SEARCH_SEC)) : ideal;
      pieces.push({ start, end: cut });
      start = cut;
    }
    pieces.push({ start, end: s.end });
  }
  const chunks: Segment[] = [];
  for (const p of pieces) {
    const cur = chunks[chunks.length - 1];
    if (cur && p.end - cur.start <= maxSec) cur.end = p.end;
    else chunks.push({ ...p });
  }
  return chunks.map((c) => ({ start: round(c.start), end: round(c.end) }));
}
