// Prolongations and blocks, from the sound and the aligned words (pure). No "server-only": imported by tests.
import { LEVEL_FRAME_SEC } from "../levels";
import { PART_WORD_MIN_FULL_SEC, type RepetitionItem } from "../metrics/repetitions";
import type { Segment, TimedWord } from "../words";
import { round } from "../words";
import { euclidean, MFCC_HOP_SEC } from "./mfcc";
import type { AcousticIndex } from "./similarity";

/**
 * A prolongation is one sound held far longer than speech normally holds it ("sssso", "mmmy"): a stretch
 * whose spectrum barely changes for at least PROLONGATION.minSec. In fluent read and spoken English even
 * long vowels rarely stay this steady past ~250 ms, except phrase-final lengthening, which is excluded.
 * A block is a silent stop inside a word's onset: the aligner's word starts, then the sound stops for at
 * least BLOCK.minSec before the rest of the word comes out.
 */
export const PROLONGATION = {
  minSec: 0.3,
  /** Mean MFCC change per 10 ms (smoothed over 50 ms) under this share of the recording's median change. */
  steadyRatio: 0.55,
  /** A held stretch this close before a word's start belongs to that word (the aligner often starts the word after it). */
  leadSec: 0.15,
} as const;

export const BLOCK = { minSec: 0.25, maxSec: 2, maxOnsetSec: 0.2, minTailSec: 0.05 } as const;

/** Runs of 10-ms frames that are sounding and spectrally steady. `levels` frame 0 = time 0, like the index. */
export function steadyRuns(index: AcousticIndex, levels: Float32Array, thresholdDb: number, typicalChange: number, minSec = PROLONGATION.minSec): Segment[] {
  const n = index.smooth.length;
  const change = new Float64Array(n);
  for (let i = 1; i < n; i++) change[i] = euclidean(index.smooth[i - 1]!, index.smooth[i]!);
  const runs: Segment[] = [];
  let start = -1;
  for (let i = 1; i <= n; i++) {
    let steady = false;
    if (i < n) {
      let s = 0;
      let c = 0;
      for (let k = Math.max(1, i - 2); k <= Math.min(n - 1, i + 2); k++) {
        s += change[k]!;
        c++;
      }
      const t = index.offsetSec + i * MFCC_HOP_SEC;
      const level = levels[Math.round(t / LEVEL_FRAME_SEC)] ?? -200;
      steady = level >= thresholdDb && s / c < PROLONGATION.steadyRatio * typicalChange;
    }
    if (steady && start < 0) start = i;
    if (!steady && start >= 0) {
      if ((i - start) * MFCC_HOP_SEC >= minSec) {
        runs.push({ start: round(index.offsetSec + start * MFCC_HOP_SEC), end: round(index.offsetSec + i * MFCC_HOP_SEC) });
      }
      start = -1;
    }
  }
  return runs;
}

/** Spellings of hesitation sounds (metrics/fillers.ts maps them to um/uh/er/ah). */
export const HESITATION_WORDS = new Set(["um", "umm", "uhm", "hmm", "mm", "uh", "uhh", "er", "erm", "err", "ah", "ahh"]);

const overlap = (a: Segment, b: Segment) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Phrase-final: the last word, or followed by at least this much silence. */
export const PHRASE_END_GAP_SEC = 0.3;

export function detectProlongations(words: readonly TimedWord[], runs: readonly Segment[]): RepetitionItem[] {
  const out: RepetitionItem[] = [];
  const isFiller = (w: TimedWord) => w.acoustic || HESITATION_WORDS.has(w.text);
  const real = words.filter((w) => !w.fragment && !isFiller(w));
  for (const run of runs) {
    // A held "uhhh"/"mmm" (heard by the aligner or written by the model) is a filler, not a prolongation.
    if (words.some((w) => isFiller(w) && overlap(w, run) > 0.3 * (run.end - run.start))) continue;
    // The word the held sound belongs to: the one it starts in, or the next one when the aligner began the
    // word only after the held sound (a prolonged first sound, "sssso").
    const i = real.findIndex((w) => run.start < w.end && run.end >= w.start - PROLONGATION.leadSec);
    const w = real[i];
    if (!w) continue;
    const next = real[i + 1];
    const phraseFinal = !next || next.start - w.end >= PHRASE_END_GAP_SEC;
    // Lengthening at the end of a phrase is ordinary prosody; stuttered prolongations sit at word onsets.
    if (phraseFinal && run.start > (w.start + w.end) / 2) continue;
    out.push({ kind: "prolongation", text: w.text, count: 1, start: round(Math.min(run.start, w.start)), end: round(Math.max(run.end, w.end)) });
  }
  // One per word.
  return out.filter((x, k) => out.findIndex((y) => y.text === x.text && y.start === x.start) === k);
}

/** Silences (gaps between sounding spans) inside the first part of an aligned word. */
export function detectBlocks(words: readonly TimedWord[], sound: readonly Segment[]): RepetitionItem[] {
  const out: RepetitionItem[] = [];
  for (let k = 1; k < sound.length; k++) {
    const gap = { start: sound[k - 1]!.end, end: sound[k]!.start };
    const len = gap.end - gap.start;
    if (len < BLOCK.minSec || len > BLOCK.maxSec) continue;
    const w = words.find((x) => !x.fragment && !x.acoustic && x.start < gap.start - 0.005 && x.end > gap.end + BLOCK.minTailSec && gap.start - x.start <= BLOCK.maxOnsetSec);
    if (w) out.push({ kind: "block", text: w.text, count: 1, start: round(w.start), end: round(w.end) });
  }
  return out;
}

/**
 * Repeated starts the aligner did not split off: a short burst of sound, a break, then the word, where the
 * burst sounds like the word's own beginning ("ca- carrots"). A burst as long as most of the word is a
 * whole-word repeat. Bursts that the aligner gave to another word are words, not repeats.
 */
export const ONSET_REPEAT = { minSec: 0.025, maxSec: 0.45, minGapSec: 0.06, maxGapSec: 0.8, wholeWordShare: 0.85, similarRatio: 0.6 } as const;

/** Do two stretches sound alike, judged against other words' onsets (those in `exclude` left out)? */
export type SimilarSound = (a: Segment, b: Segment, exclude: readonly TimedWord[], ratio: number) => boolean;

const isHesitation = (w: TimedWord) => w.acoustic || HESITATION_WORDS.has(w.text);
const realWords = (words: readonly TimedWord[]) => words.filter((w) => !w.fragment && !isHesitation(w));

/** How long the word itself sounds, from where its body starts after any repeated start. */
const bodyLength = (w: TimedWord, bodyStart: number) => Math.max(0.05, w.end - Math.max(w.start, bodyStart));

/** "ca- carrots": the repeated start as letters, in proportion to how much of the word it covers. */
function partWordText(w: TimedWord, startSec: number, bodyStart: number): string {
  const wordLen = bodyLength(w, bodyStart);
  return `${w.text.slice(0, Math.max(1, Math.round((w.text.length * startSec) / wordLen)))}- ${w.text}`;
}

export function detectOnsetRepeats(words: readonly TimedWord[], sound: readonly Segment[], similar: SimilarSound): RepetitionItem[] {
  const real = realWords(words);
  const out: RepetitionItem[] = [];
  const wordAt = (t: number) => real.find((w) => t >= w.start - 0.02 && t < w.end);
  for (let k = 1; k < sound.length; k++) {
    const body = sound[k]!;
    const w = wordAt(body.start + 0.02) ?? real.find((x) => x.start >= body.start - 0.05 && x.start < body.end);
    if (!w) continue;
    // Walk back over bursts before the body that sound like its start.
    let count = 1;
    let first: Segment | null = null;
    let next = body;
    for (let j = k - 1; j >= 0; j--) {
      const a = sound[j]!;
      const len = a.end - a.start;
      const gap = next.start - a.end;
      if (len < ONSET_REPEAT.minSec || len > ONSET_REPEAT.maxSec || gap < ONSET_REPEAT.minGapSec || gap > ONSET_REPEAT.maxGapSec) break;
      // The word after the break must be at least as long as the start said before it (compared like for like).
      if (body.end - body.start < 0.8 * len) break;
      const owner = real.find((x) => x !== w && Math.min(x.end, a.end) - Math.max(x.start, a.start) > 0.5 * len);
      // A burst the aligner hung on the end of the previous word, whose own sound is the span before it, is
      // still a stray start; a burst that is the whole of another word is that word.
      const prevSpan = sound[j - 1];
      const ownerHasBody = owner && prevSpan && Math.min(owner.end, prevSpan.end) - Math.max(owner.start, prevSpan.start) >= 0.1;
      if (owner && owner.text !== w.text && !ownerHasBody) break;
      if (!similar(a, { start: body.start, end: Math.min(body.end, body.start + len) }, [w], ONSET_REPEAT.similarRatio)) break;
      count++;
      first = a;
      next = a;
    }
    if (!first) continue;
    const whole = first.end - first.start >= ONSET_REPEAT.wholeWordShare * bodyLength(w, body.start);
    out.push({
      kind: whole ? "word" : "part-word",
      text: whole ? w.text : partWordText(w, first.end - first.start, body.start),
      count,
      start: round(first.start),
      end: round(w.end),
    });
  }
  return out;
}

/**
 * A repeated start the aligner hung on the word before, with no break between them: that word's sound runs
 * straight into a short copy of the next word's start, then comes a break, then the word ("justly-b  be").
 * Found when the last L seconds before the break sound like the word's first L seconds. The bar is far
 * stricter than for a separate burst, because a word's own ending is being compared: on the development
 * sets, fluent neighbours across a break stay above 0.6 of the reference distance (other words' onsets),
 * such tails mostly under 0.3. L starts at 90 ms: at 60 ms a block's 30-ms onset plus the previous word's
 * last sound already matches.
 */
export const TAIL_REPEAT = { lengthsSec: [0.09, 0.12, 0.15, 0.18, 0.22], maxShareOfSpan: 0.5, maxWholeShareOfSpan: 0.9, similarRatio: 0.4 } as const;

export function detectTailRepeats(words: readonly TimedWord[], sound: readonly Segment[], similar: SimilarSound): RepetitionItem[] {
  const real = realWords(words);
  const hesitations = words.filter(isHesitation);
  const out: RepetitionItem[] = [];
  for (let i = 1; i < real.length; i++) {
    const [p, w] = [real[i - 1]!, real[i]!];
    // The same word twice is a whole-word repeat, judged elsewhere.
    if (p.text === w.text) continue;
    const k = sound.findIndex((s) => w.start + 0.02 >= s.start - 0.03 && w.start + 0.02 < s.end);
    const [tail, body] = [sound[k - 1], sound[k]];
    if (!tail || !body || tail.end <= p.start) continue;
    const gap = body.start - tail.end;
    if (gap < ONSET_REPEAT.minGapSec || gap > ONSET_REPEAT.maxGapSec) continue;
    // A filler between the words is the hesitation there, not a repeated start.
    if (hesitations.some((h) => h.end > tail.start && h.start < body.start)) continue;
    const alike = (l: number) => similar({ start: tail.end - l, end: tail.end }, { start: body.start, end: body.start + l }, [p, w], TAIL_REPEAT.similarRatio);
    // The whole word hung on the one before it is a whole-word repeat, when the word is long enough to tell
    // (speech-to-text writes a repeated start as a short word of its own: "her heart hearted").
    const whole = bodyLength(w, body.start);
    const wholeWord = whole >= PART_WORD_MIN_FULL_SEC && whole <= TAIL_REPEAT.maxWholeShareOfSpan * (tail.end - tail.start) && alike(whole);
    const len = wholeWord ? whole : TAIL_REPEAT.lengthsSec.find((l) => l <= TAIL_REPEAT.maxShareOfSpan * (tail.end - tail.start) && l <= body.end - body.start && alike(l));
    if (len === undefined) continue;
    out.push({
      kind: wholeWord ? "word" : "part-word",
      text: wholeWord ? w.text : partWordText(w, len, body.start),
      count: 2,
      start: round(tail.end - len),
      end: round(w.end),
    });
  }
  return out;
}
