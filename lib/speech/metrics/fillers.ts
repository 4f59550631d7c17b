// Filler-word detection (pure). No "server-only": imported by CLI scripts and tests.
import type { TimedWord } from "../words";
import { round } from "../words";

export const FILLER_TYPES = [
  "um",
  "uh",
  "er",
  "ah",
  "like",
  "you know",
  "i mean",
  "sort of",
  "kind of",
  "basically",
  "actually",
  "literally",
] as const;
export type FillerType = (typeof FILLER_TYPES)[number];

/** Filled pauses (hesitation sounds), as opposed to lexical fillers: the ones found in the sound as well. */
export const HESITATION_FILLERS = ["um", "uh", "er", "ah"] as const satisfies readonly FillerType[];

/** Spelling variants that transcribers emit for the same hesitation sound. */
const HESITATION_VARIANTS: Record<string, FillerType> = {
  um: "um",
  umm: "um",
  ummm: "um",
  uhm: "um",
  hmm: "um",
  mm: "um",
  uh: "uh",
  uhh: "uh",
  er: "er",
  erm: "er",
  err: "er",
  ah: "ah",
  ahh: "ah",
};

/** Discourse markers that are almost always fillers in spoken answers (counted as such by convention). */
const ADVERB_FILLERS = new Set<FillerType>(["basically", "actually", "literally"]);

/** "X like" where like is a verb: "I like", "would like", "don't like". */
const LIKE_VERB_BEFORE = new Set([
  "i", "you", "we", "they", "he", "she", "who", "people", "would", "i'd", "you'd", "we'd", "they'd",
  "to", "do", "does", "did", "don't", "doesn't", "didn't", "really", "also", "might", "will", "should",
]);
/** "X like" where like is a preposition: "looks like", "something like", "just like". */
const LIKE_PREP_BEFORE = new Set([
  "look", "looks", "looked", "looking", "sound", "sounds", "sounded", "seem", "seems", "seemed",
  "feel", "feels", "felt", "something", "anything", "nothing", "things", "just", "more", "less",
  "much", "exactly", "not",
]);
/** "like X" where like introduces a comparison/object: "like a", "like the", "like this", "like to". */
const LIKE_PREP_AFTER = new Set([
  "a", "an", "the", "this", "that", "these", "those", "to", "it", "him", "her", "them", "me", "us",
  "my", "your", "his", "their", "our", "what", "how",
]);

/** "a kind of", "what sort of": the noun use, not the hedge. */
const KIND_SORT_NOUN_BEFORE = new Set([
  "a", "the", "this", "that", "what", "which", "some", "any", "every", "one", "same", "different",
  "other", "another", "these", "those", "no", "right", "new", "first",
]);

/** "do you know", "if you know": a real question/condition, not the filler. */
const YOU_KNOW_REAL_BEFORE = new Set(["do", "did", "don't", "didn't", "if", "as", "what", "whether", "would"]);
const YOU_KNOW_REAL_AFTER = new Set(["how", "what", "where", "why", "who", "when", "whether", "which", "about", "him", "her", "them", "it"]);

/** "what I mean", "I mean it": literal use. */
const I_MEAN_REAL_BEFORE = new Set(["what", "if", "that's", "thats"]);
const I_MEAN_REAL_AFTER = new Set(["it", "to", "what", "that", "by", "is"]);

export interface FillerItem {
  word: FillerType;
  start: number;
  end: number;
  /** Index of the first word in the input list. */
  index: number;
  /** "transcript": the speech-to-text model wrote it; "acoustic": only the aligner heard it (the model left it out). */
  evidence: "transcript" | "acoustic";
}

export interface FillerMetrics {
  count: number;
  /** Fillers per 100 transcribed words (fillers included in the denominator). */
  per100Words: number;
  byType: Partial<Record<FillerType, number>>;
  items: FillerItem[];
}

function at(words: readonly TimedWord[], i: number): string {
  return words[i]?.text ?? "";
}

/** Returns the filler starting at index i (and how many words it spans), or null. Exported for tests. */
export function fillerAt(words: readonly TimedWord[], i: number): { type: FillerType; span: number } | null {
  const w = at(words, i);
  const prev = at(words, i - 1);
  const next = at(words, i + 1);
  const next2 = at(words, i + 2);

  const hes = HESITATION_VARIANTS[w];
  if (hes) return { type: hes, span: 1 };
  if (ADVERB_FILLERS.has(w as FillerType)) return { type: w as FillerType, span: 1 };

  if (w === "like") {
    if (LIKE_VERB_BEFORE.has(prev) || LIKE_PREP_BEFORE.has(prev) || LIKE_PREP_AFTER.has(next)) return null;
    return { type: "like", span: 1 };
  }
  if (w === "you" && next === "know") {
    if (YOU_KNOW_REAL_BEFORE.has(prev) || YOU_KNOW_REAL_AFTER.has(next2)) return null;
    return { type: "you know", span: 2 };
  }
  if (w === "i" && next === "mean") {
    if (I_MEAN_REAL_BEFORE.has(prev) || I_MEAN_REAL_AFTER.has(next2)) return null;
    return { type: "i mean", span: 2 };
  }
  if ((w === "kind" || w === "sort") && next === "of") {
    if (KIND_SORT_NOUN_BEFORE.has(prev)) return null;
    return { type: w === "kind" ? "kind of" : "sort of", span: 2 };
  }
  return null;
}

export function detectFillers(words: readonly TimedWord[]): FillerMetrics {
  const items: FillerItem[] = [];
  const byType: Partial<Record<FillerType, number>> = {};
  for (let i = 0; i < words.length; ) {
    const w = words[i]!;
    if (w.fragment) {
      i++;
      continue;
    }
    const hit = fillerAt(words, i);
    if (!hit) {
      i++;
      continue;
    }
    const last = words[i + hit.span - 1] ?? w;
    items.push({ word: hit.type, start: round(w.start), end: round(last.end), index: i, evidence: w.acoustic ? "acoustic" : "transcript" });
    byType[hit.type] = (byType[hit.type] ?? 0) + 1;
    i += hit.span;
  }
  const n = words.filter((w) => !w.fragment).length;
  return {
    count: items.length,
    per100Words: n === 0 ? 0 : round((items.length / n) * 100, 2),
    byType,
    items,
  };
}

/** True when the word at index i is part of a detected filler: used to keep "um um" out of repetitions. */
export function fillerIndexSet(fillers: FillerMetrics, words: readonly TimedWord[]): Set<number> {
  const set = new Set<number>();
  for (const f of fillers.items) {
    const span = fillerAt(words, f.index)?.span ?? 1;
    for (let k = 0; k < span; k++) set.add(f.index + k);
  }
  return set;
}
