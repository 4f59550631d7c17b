/**
 * Tokens and sentences for the content metrics (pure; no runtime marker: used by the report, the
 * CLI and the tests). Curly apostrophes are folded so "I’m" from a word processor matches "i'm".
 */

export interface Token {
  /** Lower-cased, apostrophes straightened. */
  word: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function normalise(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
}

export function words(text: string): string[] {
  return (normalise(text).toLowerCase().match(WORD) ?? []).map((word) => word.replace(/’/g, "'"));
}

/**
 * Sentences: split after . ! ? (and ellipses) before whitespace, and at line breaks (bullet lists and
 * paragraphs in documents). Abbreviations such as "e.g." may split a sentence; the metrics that use
 * sentences (readability, STAR cues) tolerate that.
 */
export function sentences(text: string): string[] {
  return text
    .replace(/[’‘]/g, "'")
    .split(/\r?\n+|(?<=[.!?…])["')\]]*\s+/u)
    .map((sentence) => sentence.replace(/\s+/g, " ").trim())
    .filter((sentence) => words(sentence).length > 0);
}

export function tokens(text: string): Token[] {
  return sentences(text).flatMap((sentence, index) => words(sentence).map((word) => ({ word, sentence: index })));
}

/** Where a phrase (already tokenised) occurs in a token list: the start index of each match. */
export function findPhrase(list: readonly string[], phrase: readonly string[]): number[] {
  const starts: number[] = [];
  if (phrase.length === 0) return starts;
  for (let i = 0; i + phrase.length <= list.length; i++) {
    if (phrase.every((word, k) => list[i + k] === word)) starts.push(i);
  }
  return starts;
}

export const round = (x: number, digits = 1) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};
