// English text normalisation for scoring speech-to-text (pure), modelled on Whisper's EnglishTextNormalizer:
// both reference and hypothesis go through it, so a word error is counted only where the words differ,
// not where the same words are written differently. Used by eval:stt only: what the candidate reads stays
// the model's own text. No "server-only": imported by the eval CLI and tests.
//
// Rules, in order:
// 1. Unicode compatibility forms and diacritics folded ("café" -> "cafe"), lower-case, curly quotes
//    straight; text in [brackets] or (parentheses) removed (annotations such as "(laughs)").
// 2. Symbols: "&" -> and, "%" -> percent, "$5" -> five dollars (also £ pounds, € euros).
// 3. Numbers: "3:2" / "3-2" -> three to two (scores, ratios, ranges); "3:30" -> three thirty,
//    "3:05" -> three oh five, "3:00" -> three oclock; then every number as words, as normalise-text.ts
//    reads it ("42" -> forty two, "1st" -> first, "1455" -> fourteen fifty five).
// 4. Contractions expanded as Whisper does ("won't" -> will not, "n't" -> not, "'re" -> are, "'ll" -> will,
//    "'ve" -> have, "'m" -> am, "'d" -> would, "'d been" -> had been, "'s been/got/gone" -> has ...);
//    "'s" after a pronoun or question word -> is; any other "'s" is a possessive and keeps only the s
//    ("mariana's" -> marianas), a trailing plural-possessive apostrophe is dropped ("students'" -> students).
// 5. Hyphens, slashes and dashes split words; other punctuation removed; remaining apostrophes removed.
// 6. Title abbreviations spelled out (mr -> mister, mrs -> missus, dr -> doctor, st -> saint, ... Whisper's list).
// 7. British spellings to American (metres -> meters, colour -> color): the 1,738-word list of the
//    american-british-english-translator package (MIT), the same kind of list as Whisper's english.json;
//    also ok -> okay, alright -> all right, per cent -> percent.
// 8. Filled pauses removed (um, uh, er, erm, hmm, mm, mhm, ...), as Whisper removes them: the transcript
//    model leaves real ones out, so scoring them would count a filler as a word error.
// 9. Number words made uniform: "a hundred" -> one hundred, "hundred and five" -> hundred five.
import britishToAmerican from "american-british-english-translator/data/british_spellings.json";
import { cardinal, numberToWords } from "../normalise-text";

/** Variants the list lacks that transcripts of speech often differ on. */
const MORE_VARIANTS: Readonly<Record<string, string>> = { ok: "okay", alright: "all right" };

const SPELLING: Readonly<Record<string, string>> = { ...britishToAmerican, ...MORE_VARIANTS };

const FILLERS = new Set(["um", "umm", "uh", "uhh", "uhm", "er", "erm", "err", "hmm", "hm", "mm", "mmm", "mhm"]);

const TITLES: Readonly<Record<string, string>> = {
  mr: "mister", mrs: "missus", st: "saint", dr: "doctor", prof: "professor", capt: "captain", gov: "governor",
  ald: "alderman", gen: "general", sen: "senator", rep: "representative", pres: "president", rev: "reverend",
  hon: "honorable", asst: "assistant", assoc: "associate", lt: "lieutenant", col: "colonel", jr: "junior",
  sr: "senior", esq: "esquire",
};

/** Whole-word contractions and colloquial forms (Whisper's list), checked before the suffix rules. */
const WHOLE_WORDS: readonly [RegExp, string][] = [
  [/\bwon't\b/g, "will not"],
  [/\bcan't\b/g, "can not"],
  [/\bcannot\b/g, "can not"],
  [/\bshan't\b/g, "shall not"],
  [/\blet's\b/g, "let us"],
  [/\bain't\b/g, "aint"],
  [/\by'all\b/g, "you all"],
  [/\bwanna\b/g, "want to"],
  [/\bgotta\b/g, "got to"],
  [/\bgonna\b/g, "going to"],
  [/\bi'ma\b/g, "i am going to"],
  [/\bimma\b/g, "i am going to"],
  [/\bwoulda\b/g, "would have"],
  [/\bcoulda\b/g, "could have"],
  [/\bshoulda\b/g, "should have"],
  [/\bma'am\b/g, "madam"],
  // Perfect tenses, where the auxiliary is "had"/"has", not "would"/"is".
  [/'d (been|gone|done)\b/g, " had $1"],
  [/'s (been|gone|got)\b/g, " has $1"],
  [/n't\b/g, " not"],
  [/'re\b/g, " are"],
  [/'ll\b/g, " will"],
  [/'ve\b/g, " have"],
  [/'m\b/g, " am"],
  [/'d\b/g, " would"],
];

/** Words whose "'s" is "is" ("it's", "what's"); after any other word "'s" marks a possessive. */
const IS_CONTRACTIONS = new Set([
  "it", "he", "she", "that", "this", "there", "here", "what", "who", "where", "when", "why", "how", "everything",
  "everyone", "nothing", "something", "someone", "somebody", "nobody", "everybody",
]);

const CURRENCIES: Readonly<Record<string, [string, string]>> = { $: ["dollar", "cent"], "£": ["pound", "penny"], "€": ["euro", "cent"] };

function money(symbol: string, amount: string): string {
  const [unit, sub] = CURRENCIES[symbol]!;
  const [whole = "0", cents] = amount.replace(/,/g, "").split(".");
  const n = Number(whole);
  const main = `${cardinal(n)} ${unit}${n === 1 ? "" : "s"}`;
  if (!cents || Number(cents) === 0) return ` ${main} `;
  const c = Number(cents.padEnd(2, "0").slice(0, 2));
  const subWord = c === 1 ? sub : sub === "penny" ? "pence" : `${sub}s`;
  return ` ${main} ${cardinal(c)} ${subWord} `;
}

function clockTime(h: string, mm: string): string {
  const m = Number(mm);
  if (m === 0) return `${h} oclock`;
  return m < 10 ? `${h} oh ${cardinal(m)}` : `${h} ${cardinal(m)}`;
}

function rewriteSymbolsAndNumbers(s: string): string {
  return s
    .replace(/&/g, " and ")
    .replace(/%/g, " percent ")
    .replace(/\bper cent\b/g, "percent")
    .replace(/([$£€])\s?(\d[\d,]*(?:\.\d+)?)/g, (_, sym: string, amount: string) => money(sym, amount))
    .replace(/\b(\d{1,2}):([0-5]\d)\b/g, (_, h: string, mm: string) => clockTime(h, mm))
    .replace(/(\d)\s*[-:\u2013\u2014]\s*(?=\d)/g, "$1 to ");
}

function expandContractions(s: string): string {
  let out = s;
  for (const [re, to] of WHOLE_WORDS) out = out.replace(re, to);
  return out.replace(/\b([a-z]+)'s\b/g, (_, w: string) => (IS_CONTRACTIONS.has(w) ? `${w} is` : `${w}s`));
}

const SCALES = new Set(["hundred", "thousand", "million", "billion", "trillion"]);
const NUMBER_WORDS = new Set([
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
  "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
  "sixty", "seventy", "eighty", "ninety",
]);

function uniformNumberWords(words: string[]): string[] {
  const out: string[] = [];
  words.forEach((w, i) => {
    const next = words[i + 1];
    if (w === "a" && next !== undefined && SCALES.has(next)) out.push("one");
    else if (w === "and" && SCALES.has(out[out.length - 1] ?? "") && next !== undefined && NUMBER_WORDS.has(next)) return;
    else out.push(w);
  });
  return out;
}

/** A token with digits as words; mixed tokens are split first ("v2" -> v two, "4g" -> four g). */
function numberTokenWords(token: string): string[] {
  const whole = numberToWords(token);
  if (!/\d/.test(whole)) return whole.split(" ");
  return token
    .split(/(\d+(?:[.,]\d+)*)/)
    .flatMap((part) => (/\d/.test(part) ? numberToWords(part).split(" ") : part.split(/[^a-z]+/)))
    .filter((w) => /^[a-z]+$/.test(w));
}

/** Lower-case words with punctuation removed and nothing else changed: the "raw" side of eval:stt. */
export function rawWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ""))
    .filter(Boolean);
}

export function normaliseEnglish(text: string): string[] {
  const folded = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\[[^\]]*\]|\([^)]*\)/g, " ");
  const spaced = expandContractions(rewriteSymbolsAndNumbers(folded)).replace(/[-/\u2013\u2014]/g, " ");
  const words: string[] = [];
  for (const raw of spaced.split(/\s+/)) {
    // Keep digits with their separators for number parsing; strip everything else around them.
    const t = raw.replace(/^[^a-z0-9']+|[^a-z0-9']+$/g, "").replace(/^'+|'+$/g, "");
    if (!t) continue;
    if (/\d/.test(t)) {
      words.push(...numberTokenWords(t));
      continue;
    }
    for (const piece of t.replace(/'/g, "").split(/[^a-z]+/)) {
      if (!piece || FILLERS.has(piece)) continue;
      const w = TITLES[piece] ?? SPELLING[piece] ?? piece;
      words.push(...w.split(" "));
    }
  }
  return uniformNumberWords(words);
}
