// Word classification for the highlighted transcript (pure, browser-safe).
import type { SpeechAnalysis } from "@/lib/speech/schema";

/** "held": a prolonged sound; "blocked": a silent stop inside a word's start (see lib/speech/acoustic/stammers.ts). */
export type WordKind = "filler" | "repeat" | "held" | "blocked" | "normal";

export interface MarkedWord {
  kind: "word";
  /** Index into speech.words, so a click can seek to words[index].start. */
  index: number;
  text: string;
  start: number;
  end: number;
  mark: WordKind;
  /** Cut-off word start ("b-"), shown as typed by the aligner. */
  fragment: boolean;
}

export interface PauseChip {
  kind: "pause";
  start: number;
  end: number;
  durationSec: number;
}

export type TranscriptToken = MarkedWord | PauseChip;

type Words = SpeechAnalysis["words"];
type FillerItems = SpeechAnalysis["fillers"]["items"];
type RepetitionItems = SpeechAnalysis["repetitions"]["items"];
type PauseItems = SpeechAnalysis["pauses"]["items"];

/** Timings are rounded to ms upstream, so compare with a little slack. */
const EPS = 0.0015;

/**
 * Indexes of words that belong to a filler. Items carry the index of their first word; multi-word fillers
 * ("you know") span as many words as their label has, which we check against the words themselves so a
 * stale index cannot paint an unrelated word.
 */
export function fillerWordIndexes(words: Words, items: FillerItems): Set<number> {
  const out = new Set<number>();
  for (const item of items) {
    const parts = item.word.split(" ");
    parts.forEach((part, k) => {
      const w = words[item.index + k];
      if (w && w.text.toLowerCase().replace(/[^a-z']/g, "") === part) out.add(item.index + k);
    });
    // Fall back to times when the index does not point at the filler (e.g. a spelling variant "umm").
    if (!parts.some((_, k) => out.has(item.index + k))) {
      words.forEach((w, i) => {
        if (w.start >= item.start - EPS && w.end <= item.end + EPS) out.add(i);
      });
    }
  }
  return out;
}

/** The transcript mark for each kind of repetition or stammer. */
const MARK_OF_KIND: Record<RepetitionItems[number]["kind"], WordKind> = { word: "repeat", phrase: "repeat", "part-word": "repeat", prolongation: "held", block: "blocked" };

/** Each word inside a repetition's or stammer's time span (every occurrence of a repeated unit), with its mark. */
export function stammerWordMarks(words: Words, items: RepetitionItems): Map<number, WordKind> {
  const out = new Map<number, WordKind>();
  for (const item of items) {
    words.forEach((w, i) => {
      if (w.start >= item.start - EPS && w.end <= item.end + EPS && !out.has(i)) out.set(i, MARK_OF_KIND[item.kind]);
    });
  }
  return out;
}

/**
 * Words in speaking order with their mark, and a chip for each long pause placed before the first word that
 * starts after it. A filler wins over a repeat ("um um" is counted as fillers upstream).
 */
export function buildTranscriptTokens(
  words: Words,
  fillers: FillerItems,
  repetitions: RepetitionItems,
  pauses: PauseItems,
): TranscriptToken[] {
  const fillerSet = fillerWordIndexes(words, fillers);
  const stammerMarks = stammerWordMarks(words, repetitions);
  const longPauses = pauses.filter((p) => p.long).sort((a, b) => a.start - b.start);
  const tokens: TranscriptToken[] = [];
  let p = 0;
  words.forEach((w, i) => {
    while (p < longPauses.length && longPauses[p]!.end <= w.start + EPS) {
      const pause = longPauses[p]!;
      tokens.push({ kind: "pause", start: pause.start, end: pause.end, durationSec: pause.durationSec });
      p++;
    }
    const mark: WordKind = fillerSet.has(i) ? "filler" : (stammerMarks.get(i) ?? "normal");
    tokens.push({ kind: "word", index: i, text: w.text, start: w.start, end: w.end, mark, fragment: w.fragment ?? false });
  });
  for (; p < longPauses.length; p++) {
    const pause = longPauses[p]!;
    tokens.push({ kind: "pause", start: pause.start, end: pause.end, durationSec: pause.durationSec });
  }
  return tokens;
}

/**
 * Index of the word being said at time t, or the last word started before t (so the highlight stays on the
 * previous word during a short gap); -1 before the first word. Words must be sorted by start (binary search:
 * this runs on every video timeupdate).
 */
export function activeWordIndex(words: readonly { start: number; end: number }[], t: number): number {
  let lo = 0;
  let hi = words.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start <= t + EPS) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The tokens of one analysis: the single source for every rendering of a transcript (report and printout). */
export function transcriptTokensOf(speech: Pick<SpeechAnalysis, "words" | "fillers" | "repetitions" | "pauses">): TranscriptToken[] {
  return buildTranscriptTokens(speech.words, speech.fillers.items, speech.repetitions.items, speech.pauses.items);
}
