/**
 * The most common content words of an answer, and of a cohort's answers to the same question.
 * Stopwords come from the `stopword` package's English list plus the spoken-answer words it lacks
 * (fillers, "really", "just"...), so the list shows what the answer was about. Words sharing a
 * stem count together and are shown by their most frequent spelling. Pure.
 */
import { eng } from "stopword";
import { stem } from "./stems";
import { words } from "./text";

const EXTRA_STOPWORDS = [
  "um", "uh", "er", "erm", "ah", "hmm", "like", "just", "really", "actually", "basically", "literally", "yeah", "okay", "ok",
  "also", "thing", "things", "stuff", "lot", "lots", "get", "got", "getting", "go", "going", "went", "gonna", "want", "wanted",
  "know", "think", "thought", "mean", "say", "said", "make", "made", "way", "much", "many", "even", "still", "well", "kind",
  "sort", "bit", "something", "anything", "everything", "one", "two", "can", "could", "would", "should", "will", "may", "might",
  "i'm", "i've", "i'd", "i'll", "it's", "that's", "don't", "didn't", "we're", "we've", "they're", "there's", "can't", "wasn't",
  "let", "us", "able", "time", "year", "years", "day", "days",
];

const STOPWORDS = new Set([...eng, ...EXTRA_STOPWORDS]);

export function isContentWord(word: string): boolean {
  return word.length >= 3 && !STOPWORDS.has(word) && !/^\d+$/.test(word);
}

export interface WordCount {
  word: string;
  count: number;
}

/** Content-word counts grouped by stem, most frequent first (ties alphabetical, so output is stable). */
function groupByStem(list: string[]): Map<string, { count: number; spellings: Map<string, number> }> {
  const groups = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const word of list) {
    if (!isContentWord(word)) continue;
    const key = stem(word);
    const group = groups.get(key) ?? { count: 0, spellings: new Map() };
    group.count++;
    group.spellings.set(word, (group.spellings.get(word) ?? 0) + 1);
    groups.set(key, group);
  }
  return groups;
}

function commonest(spellings: Map<string, number>): string {
  return [...spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

export function topContentWords(text: string, limit = 10): WordCount[] {
  return [...groupByStem(words(text)).values()]
    .map((group) => ({ word: commonest(group.spellings), count: group.count }))
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word))
    .slice(0, limit);
}

export interface CohortWord {
  word: string;
  /** How many of the cohort's answers use the word (or a word with its stem). */
  answers: number;
  share: number;
}

/**
 * The cohort's common words by the number of answers that use them (not raw counts, so one long
 * answer cannot dominate), with whether this answer used each.
 */
export function cohortTopWords(texts: readonly string[], limit = 10): CohortWord[] {
  const answers = new Map<string, { answers: number; spellings: Map<string, number> }>();
  for (const text of texts) {
    for (const [key, group] of groupByStem(words(text))) {
      const entry = answers.get(key) ?? { answers: 0, spellings: new Map() };
      entry.answers++;
      for (const [spelling, count] of group.spellings) entry.spellings.set(spelling, (entry.spellings.get(spelling) ?? 0) + count);
      answers.set(key, entry);
    }
  }
  return [...answers.values()]
    .map((entry) => ({ word: commonest(entry.spellings), answers: entry.answers, share: texts.length ? entry.answers / texts.length : 0 }))
    .sort((a, b) => b.answers - a.answers || a.word.localeCompare(b.word))
    .slice(0, limit);
}

/** Whether an answer uses a word, by stem (for marking the cohort's words the answer shares). */
export function usesWord(text: string, word: string): boolean {
  const target = stem(word);
  return words(text).some((w) => stem(w) === target);
}
