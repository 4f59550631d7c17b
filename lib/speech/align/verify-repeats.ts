// Acoustic check of repeats and cut-off starts that the aligner added (pure). No "server-only": imported by tests.
import { median } from "../../stats";
import { compareSegments, type AcousticIndex } from "../acoustic/similarity";
import { LEVEL_FRAME_SEC, silenceThresholdDb } from "../levels";
import { runs, type TimedWord } from "../words";

/**
 * A repeat the transcript did not contain is kept only if the audio dips between the copies by at least
 * this much below the copies' median level. Stammered repeats ("I, I, I", "b- b- but") are separate
 * articulations with a break or glottal stop between them; an aligner that chops one continuous word
 * (a misrecognised "Gutenberg" aligned as "or or or or") finds no such dips.
 */
export const REPEAT_DIP_DB = 6;
/** Where to look for the dip: this far either side of the boundary between two copies. */
const BOUNDARY_SEARCH_SEC = 0.03;

function framesIn(levels: Float32Array, start: number, end: number): number[] {
  const a = Math.max(0, Math.floor(start / LEVEL_FRAME_SEC));
  const b = Math.min(levels.length, Math.ceil(end / LEVEL_FRAME_SEC));
  return Array.from(levels.subarray(a, Math.max(a, b)));
}

/** True when every boundary between consecutive items has a dip of REPEAT_DIP_DB below the items' median level. */
export function separatedByDips(items: readonly TimedWord[], levels: Float32Array, offsetSec = 0): boolean {
  const ref = median(items.flatMap((w) => framesIn(levels, w.start - offsetSec, w.end - offsetSec)));
  // No audio frames under the words: nothing shows a break between them.
  if (ref === null) return false;
  for (let k = 0; k + 1 < items.length; k++) {
    const a = items[k]!.end - offsetSec;
    const b = items[k + 1]!.start - offsetSec;
    const around = framesIn(levels, Math.min(a, b) - BOUNDARY_SEARCH_SEC, Math.max(a, b) + BOUNDARY_SEARCH_SEC);
    if (around.length === 0 || Math.min(...around) > ref - REPEAT_DIP_DB) return false;
  }
  return true;
}

/** Other words to compare a copy against: different text, nearest in time first. */
function referencesFor(aligned: readonly TimedWord[], group: readonly TimedWord[]): TimedWord[] {
  const text = group[group.length - 1]!.text;
  const t = group[0]!.start;
  return aligned
    .filter((w) => !w.fragment && w.text !== text && !group.includes(w) && w.end - w.start >= 0.08)
    .sort((a, b) => Math.abs(a.start - t) - Math.abs(b.start - t));
}

/**
 * True when each copy sounds like the next (MFCC DTW, relative to other words of the recording), and each
 * cut-off start sounds like the beginning of its word. This is what stops "was, um" becoming "was was":
 * the grammar may place a second "was" on the "um", but "um" does not sound like "was".
 */
export function copiesSoundAlike(aligned: readonly TimedWord[], group: readonly TimedWord[], index: AcousticIndex, levels?: Float32Array): boolean {
  const refs = referencesFor(aligned, group);
  // Compare what is heard: silence the aligner attached to a copy (a comma's pause) would match any silence.
  const thr = levels ? silenceThresholdDb(levels) : -Infinity;
  const heard = (x: { start: number; end: number }) => (levels ? trimToSound(x, levels, index.offsetSec, thr) : x);
  const word = heard(group[group.length - 1]!);
  for (let k = 0; k + 1 < group.length; k++) {
    const a = heard(group[k]!);
    const b = group[k]!.fragment ? { start: word.start, end: Math.min(word.end, word.start + (a.end - a.start)) } : heard(group[k + 1]!);
    const la = a.end - a.start;
    const lb = b.end - b.start;
    // Two sayings of one word differ in length, but not threefold (a split-off tail is much shorter).
    if (!group[k]!.fragment && (la <= 0 || lb <= 0 || Math.max(la, lb) > 3 * Math.min(la, lb))) return false;
    if (!compareSegments(index, a, b, refs).similar) return false;
  }
  return true;
}

/** The segment narrowed to its first and last 10-ms frame above the silence threshold (unchanged if none). */
export function trimToSound(seg: { start: number; end: number }, levels: Float32Array, offsetSec: number, thresholdDb: number): { start: number; end: number } {
  let a = Math.max(0, Math.floor((seg.start - offsetSec) / LEVEL_FRAME_SEC));
  let b = Math.min(levels.length, Math.ceil((seg.end - offsetSec) / LEVEL_FRAME_SEC));
  while (a < b && levels[a]! < thresholdDb) a++;
  while (b > a && levels[b - 1]! < thresholdDb) b--;
  return b > a ? { start: offsetSec + a * LEVEL_FRAME_SEC, end: offsetSec + b * LEVEL_FRAME_SEC } : seg;
}

/**
 * Keeps aligner-added repeats and fragments only where the audio shows breaks between the copies and
 * (given `index`) the copies sound alike; otherwise collapses them back to the transcript's count (the
 * last kept copy spans the dropped ones). `levels` covers the audio from `offsetSec` on (frame 0 = offsetSec).
 */
export function verifyAddedRepeats(
  aligned: readonly TimedWord[],
  transcript: readonly string[],
  levels: Float32Array,
  offsetSec = 0,
  index?: AcousticIndex,
): TimedWord[] {
  const expected = runs(transcript);
  const out: TimedWord[] = [];
  let runIndex = 0;
  for (let i = 0; i < aligned.length; ) {
    // A group = leading fragments + a run of the same word.
    let j = i;
    const frags: TimedWord[] = [];
    while (aligned[j]?.fragment) frags.push(aligned[j++]!);
    const word = aligned[j];
    if (!word) {
      i = j;
      continue;
    }
    let k = j;
    while (aligned[k + 1] && !aligned[k + 1]!.fragment && aligned[k + 1]!.text === word.text) k++;
    const copies = aligned.slice(j, k + 1);
    const want = expected[runIndex]?.[1] ?? copies.length;
    runIndex++;
    const group = [...frags, ...copies];
    const added = frags.length > 0 || copies.length > want;
    if (!added || (separatedByDips(group, levels, offsetSec) && (!index || copiesSoundAlike(aligned, group, index, levels)))) {
      out.push(...group);
    } else {
      const kept = copies.slice(0, want).map((w) => ({ ...w }));
      kept[0]!.start = group[0]!.start;
      kept[kept.length - 1]!.end = copies[copies.length - 1]!.end;
      out.push(...kept);
    }
    i = k + 1;
  }
  return out;
}
