/**
 * Hedges ("kind of", "I guess", "maybe") soften a claim; vague words ("stuff", "things like that",
 * "etc.") stand in for the specifics an interviewer wants. Both are counted as phrases on word
 * boundaries; "a kind of", "what sort of" are the noun use and do not count. Pure.
 */
import { findPhrase, round, words } from "./text";

export type HedgeKind = "hedge" | "vague";

const PHRASES: Record<HedgeKind, string[]> = {
  hedge: [
    "kind of", "sort of", "i guess", "i suppose", "i think maybe", "maybe", "perhaps", "probably", "possibly", "somewhat",
    "a little bit", "more or less", "i'm not sure", "not really sure", "i don't know", "i feel like", "hopefully", "try to",
    "tried to", "pretty much",
  ],
  vague: [
    "stuff", "things like that", "stuff like that", "and so on", "and so forth", "etc", "or something", "or whatever",
    "whatever", "something like that", "a lot of things", "various things", "some things", "and everything",
  ],
};

/** Determiners before "kind of" / "sort of" that make it a noun phrase ("a kind of tool"). */
const NOUN_USE_BEFORE = new Set(["a", "the", "this", "that", "what", "which", "some", "any", "every", "one", "same", "different", "that's", "what's"]);

export interface HedgeItem {
  phrase: string;
  kind: HedgeKind;
  count: number;
}

export interface HedgeResult {
  count: number;
  per100Words: number;
  items: HedgeItem[];
}

export function hedges(text: string): HedgeResult {
  const list = words(text);
  const items: HedgeItem[] = [];
  // Longer phrases first; a word used by a longer match ("i think maybe") is not counted again ("maybe").
  const used = new Set<number>();
  const all = (Object.keys(PHRASES) as HedgeKind[])
    .flatMap((kind) => PHRASES[kind].map((phrase) => ({ phrase, kind, tokens: words(phrase) })))
    .sort((a, b) => b.tokens.length - a.tokens.length);
  for (const { phrase, kind, tokens } of all) {
    let count = 0;
    for (const start of findPhrase(list, tokens)) {
      const span = tokens.map((_, k) => start + k);
      if (span.some((index) => used.has(index))) continue;
      if ((phrase === "kind of" || phrase === "sort of") && NOUN_USE_BEFORE.has(list[start - 1] ?? "")) continue;
      span.forEach((index) => used.add(index));
      count++;
    }
    if (count > 0) items.push({ phrase, kind, count });
  }
  items.sort((a, b) => b.count - a.count || a.phrase.localeCompare(b.phrase));
  const count = items.reduce((sum, item) => sum + item.count, 0);
  return { count, per100Words: list.length ? round((count / list.length) * 100, 1) : 0, items };
}
