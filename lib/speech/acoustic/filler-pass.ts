// Filled pauses the transcript missed, found in the sound after alignment (pure). No "server-only".
// The alignment grammar already offers an optional filler between words (align/grammar.ts); this pass
// catches the ones it did not place: a held vowel in a silent-looking gap between words, a held sound
// the aligner stretched a neighbouring word over, or a filler the model wrote as a vowel word ("ooh", "a").
import { LEVEL_FRAME_SEC } from "../levels";
import type { Segment, TimedWord } from "../words";
import { round } from "../words";
import { checkFilledPause, type FilledPauseContext } from "./filled-pauses";
import { HESITATION_WORDS, PHRASE_END_GAP_SEC } from "./stammers";

/** Words a speech-to-text model writes for a held "uh": kept as words unless the sound is a held, flat vowel. */
const VOWEL_TOKENS = new Set(["a", "oh", "ooh", "o", "eh", "ah", "uh", "er", "huh", "hm", "hmm", "mm", "um"]);
const NASAL_TOKENS = new Set(["hm", "hmm", "mm", "um"]);
/** A vowel word said this long is a candidate filled pause ("a" is normally 50-150 ms). */
const HELD_TOKEN_SEC = 0.25;
/** Shortest silence that separates a filler from the word after it (the aligner's stretched word). */
const SEPARATING_SILENCE_SEC = 0.05;

const filler = (s: Segment): TimedWord => ({ text: "uh", start: round(s.start), end: round(s.end), acoustic: true });

/**
 * A recording that starts in the middle of a sound (a clipped start) gives no evidence of a filler there:
 * the held sound may be the tail of a word the recording cut.
 */
const CLIPPED_START_SEC = 0.1;

export function findAcousticFillers(words: readonly TimedWord[], sound: readonly Segment[], steady: readonly Segment[], ctx: FilledPauseContext): TimedWord[] {
  // Every filled pause, however found, must end before the speech after it starts again (SEPARATION).
  const out: TimedWord[] = words.filter((w) => !(w.acoustic && (w.start < CLIPPED_START_SEC || !separatedAfter(w, ctx)))).map((w) => ({ ...w }));
  const added: TimedWord[] = [];
  // 1. Vowel words held like a filler. Hesitation words the model wrote ("um") stay transcript fillers.
  for (const w of out) {
    if (w.acoustic || w.fragment || !VOWEL_TOKENS.has(w.text) || ["um", "uh", "er", "ah"].includes(w.text)) continue;
    if (w.end - w.start >= HELD_TOKEN_SEC && checkFilledPause(w, ctx).ok && separatedAfter(w, ctx)) {
      w.text = NASAL_TOKENS.has(w.text) ? "um" : "uh";
      w.acoustic = true;
    }
  }
  // 2. Sound in a gap between words that no word covers.
  for (let i = 0; i + 1 < out.length; i++) {
    const gap = { start: out[i]!.end, end: out[i + 1]!.start };
    for (const s of sound) {
      const part = { start: Math.max(s.start, gap.start), end: Math.min(s.end, gap.end) };
      if (part.end - part.start > 0 && part.start >= CLIPPED_START_SEC && checkFilledPause(part, ctx).ok && separatedAfter(part, ctx)) added.push(filler(part));
    }
  }
  // 3. A held sound at a word's start, then a silence, then the rest of the word: the aligner stretched the
  //    word back over a filler. The word is shortened to begin after the silence.
  for (const run of steady) {
    const w = out.find((x) => !x.acoustic && !x.fragment && run.start >= x.start - 0.15 && run.start <= x.start + 0.1 && run.end < x.end - 0.1);
    if (!w || run.start < CLIPPED_START_SEC) continue;
    const after = sound.find((s) => s.start >= run.end - 0.06 && s.start <= run.end + 0.3 && s.start < w.end);
    const before = sound.find((s) => s.end >= run.end - 0.06 && s.end <= run.end + 0.06);
    if (!after || !before || after.start - before.end < SEPARATING_SILENCE_SEC) continue;
    const seg = { start: Math.max(run.start, before.start), end: before.end };
    if (!checkFilledPause(seg, ctx).ok) continue;
    if (added.some((a) => a.start < seg.end && a.end > seg.start)) continue;
    added.push(filler(seg));
    w.start = round(after.start);
  }
  // 4. A filled pause the aligner folded into the word before or after it (no silence between them).
  added.push(...foldedFillers(out, ctx));
  return mergeAdjacentFillers([...out, ...added].sort((a, b) => a.start - b.start));
}

/** A filled pause the aligner folded into a word (see foldedFillers). */
export const FOLDED_FILLER = {
  /**
   * An edge of a word this long that is held, voiced, flat and steady is more than the word's own sound: in
   * fluent speech a vowel lasts 50-250 ms (Klatt 1976; stressed vowels in slow reading reach ~250 ms).
   */
  minSec: 0.25,
  /**
   * Steadier than a filler between words must be (FILLED_PAUSE.maxSpectralChangeRatio 0.75), measured away
   * from the stretch's edges (edgeSec), where the 50-ms smoothing mixes in the neighbouring sound: a long
   * word's own diphthong ("how", read slowly) measured 0.60-0.65 on the development set, held fillers 0.10-0.44.
   */
  maxSpectralChangeRatio: 0.5,
  edgeSec: 0.04,
  /** What must be left of the word once the filler is taken off it. */
  restSec: 0.08,
  /** The stretch grows in steps of this; a step this much quieter than the stretch so far is not part of it. */
  stepSec: 0.05,
  growthMaxDropDb: 6,
} as const;
/**
 * First letters of words whose first sound can itself be held voiced (vowels, nasals, liquids, glides,
 * voiced fricatives, "th"): a held stretch at their start may be that sound prolonged (a stammer, see
 * stammers.ts), so only other words (stops, voiceless fricatives, "h") get a filler at their start.
 */
const VOICED_HOLDABLE_ONSET = /^(?:[aeiouy]|[mnlrwvz]|th)/;

/**
 * A filled pause is a gesture of its own: it ends, and the speech after it starts again (a silence, a stop's
 * closure, a voiceless sound). A sound that flows straight into the next one is that sound held (a
 * prolongation), whichever word the aligner gave it to. So the stretch must be followed, within `windowSec`,
 * by `minSec` of frames `dipDb` under its own median level.
 */
export const SEPARATION = { windowSec: 0.15, minSec: 0.03, dipDb: 12 } as const;

const frameOf = (t: number, ctx: FilledPauseContext) => Math.floor((t - ctx.offsetSec) / LEVEL_FRAME_SEC);

/** Median 10-ms level over a stretch. */
function medianLevel(seg: Segment, ctx: FilledPauseContext): number {
  const held: number[] = [];
  for (let f = frameOf(seg.start, ctx); f < frameOf(seg.end, ctx); f++) held.push(ctx.levels[f] ?? -200);
  held.sort((x, y) => x - y);
  return held[Math.floor(held.length / 2)] ?? -200;
}

function separatedAfter(seg: Segment, ctx: FilledPauseContext): boolean {
  const dip = Math.max(ctx.thresholdDb, medianLevel(seg, ctx) - SEPARATION.dipDb);
  let run = 0;
  for (let f = frameOf(seg.end - 0.02, ctx); f < frameOf(seg.end + SEPARATION.windowSec, ctx); f++) {
    run = (ctx.levels[f] ?? -200) < dip ? run + 1 : 0;
    if (run * LEVEL_FRAME_SEC >= SEPARATION.minSec - 1e-9) return true;
  }
  return false;
}

/** The word's first and last sounding 10-ms frames (the aligner's edges often include a little silence). */
function soundingEdges(w: Segment, ctx: FilledPauseContext): Segment | null {
  const level = (t: number) => ctx.levels[frameOf(t, ctx)] ?? -200;
  let start = w.start;
  let end = w.end;
  while (start < end && level(start) < ctx.thresholdDb) start += LEVEL_FRAME_SEC;
  while (end > start && level(end - LEVEL_FRAME_SEC) < ctx.thresholdDb) end -= LEVEL_FRAME_SEC;
  return end - start > FOLDED_FILLER.minSec + FOLDED_FILLER.restSec ? { start, end } : null;
}

/** The longest stretch from one edge of `span` that passes as a filled pause, at least FOLDED_FILLER.minSec long. */
function heldEdge(span: Segment, edge: "start" | "end", ctx: FilledPauseContext): Segment | null {
  const piece = (len: number) => (edge === "end" ? { start: span.end - len, end: span.end } : { start: span.start, end: span.start + len });
  const maxLen = span.end - span.start - FOLDED_FILLER.restSec;
  let best: Segment | null = null;
  for (let len = FOLDED_FILLER.minSec; len <= maxLen + 1e-9; len += FOLDED_FILLER.stepSec) {
    const seg = piece(len);
    if (!checkFilledPause(seg, ctx).ok || !checkFilledPause({ start: seg.start + FOLDED_FILLER.edgeSec, end: seg.end - FOLDED_FILLER.edgeSec }, ctx, FOLDED_FILLER.maxSpectralChangeRatio).ok) break;
    // Growing into a quieter stretch (the dip after the held sound) is growing past it.
    const step = edge === "end" ? { start: seg.start, end: seg.start + FOLDED_FILLER.stepSec } : { start: seg.end - FOLDED_FILLER.stepSec, end: seg.end };
    if (best && medianLevel(step, ctx) < medianLevel(best, ctx) - FOLDED_FILLER.growthMaxDropDb) break;
    best = seg;
  }
  return best;
}

/**
 * Fillers inside aligned words: a held, flat, voiced stretch at a word's end when more speech follows (the
 * end of a phrase is lengthened anyway, so it is left alone there), or at its start when the word's first
 * sound cannot be held voiced. The word is shortened to what is left. Words mutate in place.
 */
function foldedFillers(words: TimedWord[], ctx: FilledPauseContext): TimedWord[] {
  const found: TimedWord[] = [];
  const real = words.filter((w) => !w.acoustic && !w.fragment && !HESITATION_WORDS.has(w.text));
  real.forEach((w, i) => {
    const next = real[i + 1];
    const span = soundingEdges(w, ctx);
    if (!span) return;
    const phraseFinal = !next || next.start - w.end >= PHRASE_END_GAP_SEC;
    const end = phraseFinal ? null : heldEdge(span, "end", ctx);
    const tail = end && separatedAfter(end, ctx) ? end : null;
    if (tail) {
      found.push(filler(tail));
      w.end = round(tail.start);
      return;
    }
    if (VOICED_HOLDABLE_ONSET.test(w.text)) return;
    const head = heldEdge(span, "start", ctx);
    if (head && head.start >= CLIPPED_START_SEC && separatedAfter(head, ctx)) {
      found.push(filler(head));
      w.start = round(head.end);
    }
  });
  return found;
}

/** Two filler pieces this close are one filled pause (the grammar's "uh" then the pass's held tail, an "um" split in two). */
const FILLER_JOIN_SEC = 0.2;

/** One filled pause per hesitation: an acoustic piece right after another filler joins it. */
export function mergeAdjacentFillers(words: readonly TimedWord[]): TimedWord[] {
  const out: TimedWord[] = [];
  for (const w of words) {
    const prev = out[out.length - 1];
    const prevIsFiller = prev && (prev.acoustic || HESITATION_WORDS.has(prev.text));
    if (w.acoustic && prev && prevIsFiller && w.start - prev.end < FILLER_JOIN_SEC) {
      prev.end = Math.max(prev.end, w.end);
      continue;
    }
    if (prev?.acoustic && HESITATION_WORDS.has(w.text) && !w.acoustic && w.start - prev.end < FILLER_JOIN_SEC) {
      // The model wrote this one: keep its word, spanning the acoustic piece before it.
      out[out.length - 1] = { ...w, start: prev.start };
      continue;
    }
    out.push({ ...w });
  }
  return out;
}
