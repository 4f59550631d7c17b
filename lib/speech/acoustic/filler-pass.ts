// Filled pauses the transcript missed, found in the sound after alignment (pure). No "server-only".
// The alignment grammar already offers an optional filler between words (align/grammar.ts); this pass
// catches the ones it did not place: a held vowel in a silent-looking gap between words, a held sound
// the aligner stretched a neighbouring word over, or a filler the model wrote as a vowel word ("ooh", "a").
import type { Segment, TimedWord } from "../words";
import { round } from "../words";
import { checkFilledPause, type FilledPauseContext } from "./filled-pauses";

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
  const out: TimedWord[] = words.filter((w) => !(w.acoustic && w.start < CLIPPED_START_SEC)).map((w) => ({ ...w }));
  const added: TimedWord[] = [];
  // 1. Vowel words held like a filler. Hesitation words the model wrote ("um") stay transcript fillers.
  for (const w of out) {
    if (w.acoustic || w.fragment || !VOWEL_TOKENS.has(w.text) || ["um", "uh", "er", "ah"].includes(w.text)) continue;
    if (w.end - w.start >= HELD_TOKEN_SEC && checkFilledPause(w, ctx).ok) {
      w.text = NASAL_TOKENS.has(w.text) ? "um" : "uh";
      w.acoustic = true;
    }
  }
  // 2. Sound in a gap between words that no word covers.
  for (let i = 0; i + 1 < out.length; i++) {
    const gap = { start: out[i]!.end, end: out[i + 1]!.start };
    for (const s of sound) {
      const part = { start: Math.max(s.start, gap.start), end: Math.min(s.end, gap.end) };
      if (part.end - part.start > 0 && part.start >= CLIPPED_START_SEC && checkFilledPause(part, ctx).ok) added.push(filler(part));
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
  return mergeAdjacentFillers([...out, ...added].sort((a, b) => a.start - b.start));
}

const HESITATION = new Set(["um", "umm", "uhm", "hmm", "mm", "uh", "uhh", "er", "erm", "err", "ah", "ahh"]);
/** Two filler pieces this close are one filled pause (the grammar's "uh" then the pass's held tail, an "um" split in two). */
const FILLER_JOIN_SEC = 0.2;

/** One filled pause per hesitation: an acoustic piece right after another filler joins it. */
export function mergeAdjacentFillers(words: readonly TimedWord[]): TimedWord[] {
  const out: TimedWord[] = [];
  for (const w of words) {
    const prev = out[out.length - 1];
    const prevIsFiller = prev && (prev.acoustic || HESITATION.has(prev.text));
    if (w.acoustic && prev && prevIsFiller && w.start - prev.end < FILLER_JOIN_SEC) {
      prev.end = Math.max(prev.end, w.end);
      continue;
    }
    if (prev?.acoustic && HESITATION.has(w.text) && !w.acoustic && w.start - prev.end < FILLER_JOIN_SEC) {
      // The model wrote this one: keep its word, spanning the acoustic piece before it.
      out[out.length - 1] = { ...w, start: prev.start };
      continue;
    }
    out.push({ ...w });
  }
  return out;
}
