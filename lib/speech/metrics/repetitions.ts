// Repetition and stammer detection (pure). No "server-only": imported by CLI scripts and tests.
import type { TimedWord } from "../words";
import { round } from "../words";

export type RepetitionKind = "word" | "phrase" | "part-word" | "prolongation" | "block";

export interface RepetitionItem {
  kind: RepetitionKind;
  /** The repeated unit: "I", "I think", or "b- but" for a part-word repeat. */
  text: string;
  /** How many times the unit was said in a row (>= 2; for part-word: fragments + the full word; 1 for prolongation and block). */
  count: number;
  start: number;
  end: number;
}

/** Longest phrase (in words) checked for immediate repetition ("I think I think"). */
export const MAX_PHRASE_WORDS = 4;

/** Grammatical doubles that are not disfluencies when said exactly twice ("I know that that is", "had had"). */
const GRAMMATICAL_DOUBLES = new Set(["that", "had"]);

function same(words: readonly TimedWord[], a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) {
    const x = words[a + k];
    const y = words[b + k];
    if (!x || !y || x.fragment || y.fragment || x.text !== y.text) return false;
  }
  return true;
}

/**
 * Finds immediate repeats. `skip` holds indexes of filler words: "um um" is a filler event,
 * not a word repetition, so such words never start or join a repeat.
 */
export function detectRepetitions(words: readonly TimedWord[], skip: ReadonlySet<number> = new Set()): RepetitionItem[] {
  const out: RepetitionItem[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;

    // Part-word: one or more fragments followed by a word that starts with the fragment's letters.
    if (w.fragment) {
      let j = i;
      while (words[j]?.fragment) j++;
      const full = words[j];
      const stem = w.text.replace(/-+$/, "");
      if (full && stem.length > 0 && full.text.startsWith(stem)) {
        out.push({
          kind: "part-word",
          text: `${stem}- ${full.text}`,
          count: j - i + 1,
          start: round(w.start),
          end: round(full.end),
        });
        i = j + 1;
        continue;
      }
      i++;
      continue;
    }

    if (skip.has(i)) {
      i++;
      continue;
    }

    let found = false;
    for (let n = 1; n <= MAX_PHRASE_WORDS && !found; n++) {
      let inPhraseSkip = false;
      for (let k = 0; k < n; k++) if (skip.has(i + k)) inPhraseSkip = true;
      if (inPhraseSkip) break;
      let reps = 1;
      while (same(words, i, i + reps * n, n)) reps++;
      if (reps < 2) continue;
      const unit = words.slice(i, i + n).map((x) => x.text);
      if (n === 1 && reps === 2 && GRAMMATICAL_DOUBLES.has(unit[0]!)) continue;
      const last = words[i + reps * n - 1]!;
      const cut = n === 1 ? cutOffStart(words.slice(i, i + reps)) : null;
      out.push({
        kind: cut ? "part-word" : n === 1 ? "word" : "phrase",
        text: cut ?? unit.join(" "),
        count: reps,
        start: round(w.start),
        end: round(last.end),
      });
      i += reps * n;
      found = true;
    }
    if (!found) i++;
  }
  return out;
}

/**
 * A word written twice whose earlier copies are much shorter than the last is a start said again and cut off
 * ("pr- printed", which speech-to-text writes "printed printed"): a whole word said again lasts about as long
 * as the first time (the development set's own-voice repeats: 0.94-1.06x). Only a last copy long enough to
 * measure (PART_WORD_MIN_FULL_SEC) is judged; the text is the start the copies cover ("pr- printed").
 */
export const PART_WORD_MAX_SHARE = 0.6;
export const PART_WORD_MIN_FULL_SEC = 0.2;

function cutOffStart(copies: readonly TimedWord[]): string | null {
  const full = copies[copies.length - 1]!;
  const fullSec = full.end - full.start;
  if (fullSec < PART_WORD_MIN_FULL_SEC) return null;
  const earlier = copies.slice(0, -1);
  const longest = Math.max(...earlier.map((c) => c.end - c.start));
  if (longest > PART_WORD_MAX_SHARE * fullSec) return null;
  const letters = Math.max(1, Math.round((full.text.length * longest) / fullSec));
  return `${full.text.slice(0, letters)}- ${full.text}`;
}

export interface KindRate {
  count: number;
  per100Words: number;
  perMinute: number;
}

export interface RepetitionSummary {
  count: number;
  per100Words: number;
  perMinute: number;
  byKind: Partial<Record<RepetitionKind, KindRate>>;
  items: RepetitionItem[];
}

/** Counts and rates, overall and per kind: per 100 words said and per minute of speaking span. */
export function summariseRepetitions(items: readonly RepetitionItem[], wordCount: number, spanSec: number): RepetitionSummary {
  const rate = (n: number): KindRate => ({
    count: n,
    per100Words: wordCount === 0 ? 0 : round((n / wordCount) * 100, 2),
    perMinute: spanSec <= 0 ? 0 : round((n / spanSec) * 60, 2),
  });
  const byKind: Partial<Record<RepetitionKind, KindRate>> = {};
  for (const kind of new Set(items.map((i) => i.kind))) byKind[kind] = rate(items.filter((i) => i.kind === kind).length);
  const all = rate(items.length);
  return { count: all.count, per100Words: all.per100Words, perMinute: all.perMinute, byKind, items: [...items].sort((a, b) => a.start - b.start) };
}

/** Adds acoustically found repeats and stammers that do not overlap one already found in the words. */
export function mergeRepetitions(fromWords: readonly RepetitionItem[], fromSound: readonly RepetitionItem[]): RepetitionItem[] {
  const out = [...fromWords];
  for (const r of fromSound) {
    if (!out.some((x) => x.start < r.end && r.start < x.end)) out.push(r);
  }
  return out.sort((a, b) => a.start - b.start);
}
