/**
 * Readability as the Flesch-Kincaid grade level (Kincaid et al., 1975):
 *   0.39 × words per sentence + 11.8 × syllables per word − 15.59,
 * with syllables from the `syllable` package (MIT). For spoken answers the sentences are the
 * transcriber's punctuation, so the grade is an estimate; the report says so. Pure.
 */
import { syllable } from "syllable";
import { round, sentences, words } from "./text";

export interface ReadabilityResult {
  /** Flesch-Kincaid grade (US school years); null for fewer than 10 words. */
  grade: number | null;
  sentences: number;
  wordsPerSentence: number;
  syllablesPerWord: number;
  /** Words of three or more syllables. */
  longWords: number;
}

export function readability(text: string): ReadabilityResult {
  const list = words(text);
  const sentenceCount = Math.max(1, sentences(text).length);
  const syllables = list.map((word) => Math.max(1, syllable(word)));
  const total = syllables.reduce((sum, n) => sum + n, 0);
  const wordsPerSentence = list.length / sentenceCount;
  const syllablesPerWord = list.length ? total / list.length : 0;
  const grade = list.length >= 10 ? round(0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59, 1) : null;
  return {
    grade,
    sentences: list.length ? sentenceCount : 0,
    wordsPerSentence: round(wordsPerSentence, 1),
    syllablesPerWord: round(syllablesPerWord, 2),
    longWords: syllables.filter((n) => n >= 3).length,
  };
}

/** Plain words for a grade: what kind of reader finds the text easy. */
export function describeGrade(grade: number | null): string {
  if (grade === null) return "Too short to estimate.";
  if (grade < 6) return "Very plain; easy for anyone to follow.";
  if (grade < 10) return "Plain and easy to follow, which suits an interview answer.";
  if (grade < 14) return "Fairly dense: long sentences or long words.";
  return "Dense: long sentences and many long words make it hard to follow by ear.";
}
