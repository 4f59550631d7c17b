// Forced-alignment grammar, dictionary and output parsing for pocketsphinx (pure).
// No "server-only": imported by tests and the CLIs.
import { runs, type TimedWord } from "../words";

/**
 * Relative JSGF weights. Each transcript word may be said once (most likely), repeated ("I I I": Moonshine
 * tends to drop such repeats), or preceded by cut-off starts ("b- b- but"). The weights become log
 * probabilities scaled by the language weight, so they must be tiny to compete with acoustic scores:
 * tuned on a handful of espeak-ng clips: 1e-4..1e-7 split phrase-final lengthened words ("go." -> "go go")
 * and short function words ("and and"); 1e-12 and below lost a real "I I I" on some clips; 1e-10 found
 * every real stammer with one remaining false split. Fragments need stronger evidence (1e-15): at 1e-10
 * "there" became "th- there". Retune with real stammered recordings when available.
 */
export const ALIGN_WEIGHTS = { once: 1, repeated: 1e-10, fragment: 1e-15, filler: 1e-6 } as const;

/**
 * Filled pauses the grammar may insert between any two words (and at either end), with their phones.
 * Off by default (`fillers: false`): measured, an optional filler between words made the aligner take
 * the copies of "I, I, I" for fillers (repeat recovery lost on the espeak test clip, whatever the weight:
 * pocketsphinx ignored 1e-6 to 1e-30 here). Filled pauses are found after alignment instead, in the
 * sound (acoustic/filler-pass.ts).
 */
export const FILLER_PHONES: Record<"um" | "uh" | "er" | "ah" | "mm", string[]> = {
  um: ["AH", "M"],
  uh: ["AH"],
  er: ["ER"],
  ah: ["AA"],
  mm: ["M"],
};
const FILLER_PREFIX = "fill_";

/** Most copies of one word the grammar allows in a row (explicit alternatives: pocketsphinx's "+" loops cost nothing). */
export const MAX_REPEATS = 6;

export type Pronunciations = ReadonlyMap<string, readonly string[]>;

const VOWELS = new Set(["AA", "AE", "AH", "AO", "AW", "AY", "EH", "ER", "EY", "IH", "IY", "OW", "OY", "UH", "UW"]);

/** Crude letter-to-phone fallback for words missing from CMUdict (names, coinages): gives the aligner the right length. */
const DIGRAPHS: [string, string[]][] = [
  ["tch", ["CH"]], ["sh", ["SH"]], ["ch", ["CH"]], ["th", ["TH"]], ["ph", ["F"]], ["ng", ["NG"]], ["ck", ["K"]],
  ["ee", ["IY"]], ["ea", ["IY"]], ["oo", ["UW"]], ["ou", ["AW"]], ["ow", ["OW"]], ["ai", ["EY"]], ["ay", ["EY"]],
  ["oi", ["OY"]], ["oy", ["OY"]], ["qu", ["K", "W"]], ["wh", ["W"]], ["kn", ["N"]],
];
const LETTERS: Record<string, string[]> = {
  a: ["AE"], b: ["B"], c: ["K"], d: ["D"], e: ["EH"], f: ["F"], g: ["G"], h: ["HH"], i: ["IH"], j: ["JH"], k: ["K"],
  l: ["L"], m: ["M"], n: ["N"], o: ["AA"], p: ["P"], q: ["K"], r: ["R"], s: ["S"], t: ["T"], u: ["AH"], v: ["V"],
  w: ["W"], x: ["K", "S"], y: ["Y"], z: ["Z"],
};

export function letterToPhones(word: string): string[] {
  const w = word.toLowerCase().replace(/[^a-z]/g, "");
  const out: string[] = [];
  for (let i = 0; i < w.length; ) {
    const d = DIGRAPHS.find(([g]) => w.startsWith(g, i));
    if (d) {
      out.push(...d[1]);
      i += d[0].length;
      continue;
    }
    // silent final e ("make")
    if (w[i] === "e" && i === w.length - 1 && i > 1) break;
    out.push(...(LETTERS[w[i]!] ?? []));
    i++;
  }
  return out.length > 0 ? out : ["AH"];
}

/** Parses CMUdict text into word -> first pronunciation. */
export function parseCmudict(text: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const line of text.split("\n")) {
    const sp = line.indexOf(" ");
    if (sp <= 0) continue;
    const head = line.slice(0, sp);
    if (head.includes("(")) continue; // alternates: one pronunciation is enough for alignment
    map.set(head, line.slice(sp + 1).trim().split(/\s+/));
  }
  return map;
}

/** Grammar-safe token name for a word (JSGF tokens cannot contain quotes or some punctuation). */
export function jsgfToken(w: string): string {
  return w.replace(/[^a-z0-9']/g, "");
}

export function fragmentToken(word: string): string {
  return `frag_${jsgfToken(word).replace(/'/g, "")}`;
}

/**
 * The cut-off start of a word: its consonant onset plus a schwa ("but" -> B AH, "please" -> P L AH).
 * Vowel-initial words have no fragment form ("I I I" is a whole-word repeat).
 */
export function fragmentPhones(phones: readonly string[]): string[] | null {
  const onset: string[] = [];
  for (const p of phones) {
    if (VOWELS.has(p.replace(/\d/g, ""))) break;
    onset.push(p);
  }
  return onset.length === 0 ? null : [...onset, "AH"];
}

/** Letters of the word's onset, used as the fragment's text ("but" -> "b", "please" -> "pl"). */
export function fragmentLetters(word: string): string {
  const m = /^[^aeiouy]+/.exec(word);
  return m ? m[0] : word.slice(0, 1);
}

export interface AlignmentInput {
  jsgf: string;
  dict: string;
  /** Words that had no CMUdict entry and got the letter-to-phone fallback. */
  oov: string[];
}

/** `repeats: false` builds a strict grammar (each word exactly once): the fallback when the repeat grammar fails. */
export function buildAlignmentInput(
  words: readonly string[],
  cmudict: Pronunciations,
  { repeats = true, fillers = false }: { repeats?: boolean; fillers?: boolean } = {},
): AlignmentInput {
  const dictLines = new Map<string, string>();
  const oov: string[] = [];
  const rules: string[] = [];
  const refs: string[] = [];
  const W = ALIGN_WEIGHTS;
  words.forEach((w, i) => {
    const tok = jsgfToken(w);
    if (!tok) return;
    let phones = cmudict.get(tok);
    if (!phones) {
      phones = letterToPhones(tok);
      oov.push(tok);
    }
    dictLines.set(tok, `${tok} ${phones.join(" ")}`);
    if (!repeats) {
      rules.push(`<w${i}> = ${tok};`);
      refs.push(`<w${i}>`);
      return;
    }
    const frag = fragmentPhones(phones);
    const reps = Array.from({ length: MAX_REPEATS - 1 }, (_, k) => `/${W.repeated}/ ${Array(k + 2).fill(tok).join(" ")}`);
    let body = `( /${W.once}/ ${tok} | ${reps.join(" | ")} )`;
    if (frag) {
      const ft = fragmentToken(tok);
      dictLines.set(ft, `${ft} ${frag.join(" ")}`);
      body = `( /${W.once}/ ${tok} | ${reps.join(" | ")} | /${W.fragment}/ ${ft} ${tok} | /${W.fragment}/ ${ft} ${ft} ${tok} )`;
    }
    rules.push(`<w${i}> = ${body};`);
    refs.push(`<w${i}>`);
  });
  if (fillers) {
    for (const [f, phones] of Object.entries(FILLER_PHONES)) dictLines.set(`${FILLER_PREFIX}${f}`, `${FILLER_PREFIX}${f} ${phones.join(" ")}`);
    const alts = Object.keys(FILLER_PHONES).map((f) => `${FILLER_PREFIX}${f}`).join(" | ");
    rules.push(`<fill> = ( /${W.once}/ <NULL> | /${W.filler}/ ( ${alts} ) );`);
  }
  const body = fillers ? ["<fill>", ...refs.flatMap((r) => [r, "<fill>"])] : refs;
  const jsgf = ["#JSGF V1.0;", "grammar align;", `public <utt> = ${body.join(" ")};`, ...rules, ""].join("\n");
  const dict = [...dictLines.values()].join("\n") + "\n";
  return { jsgf, dict, oov };
}

/**
 * Parses `pocketsphinx_continuous -time yes` output: a hypothesis line, then "word start end prob" lines.
 * Silence, noise and NULL entries are dropped; "word(2)" alternates lose their suffix; fragment entries
 * become { text: onset letters, fragment: true }.
 */
export function parseAlignmentOutput(stdout: string, offsetSec = 0): TimedWord[] {
  const words: TimedWord[] = [];
  for (const line of stdout.split("\n")) {
    const m = /^(\S+) (-?\d+\.\d+) (-?\d+\.\d+) (-?\d+(?:\.\d+)?)$/.exec(line.trim());
    if (!m) continue;
    const raw = m[1]!;
    if (raw === "(NULL)" || raw.startsWith("<") || raw.startsWith("[") || raw.startsWith("++")) continue;
    const text = raw.replace(/\(\d+\)$/, "");
    const start = Number(m[2]) + offsetSec;
    const end = Number(m[3]) + offsetSec;
    if (text.startsWith("frag_")) {
      words.push({ text: fragmentLetters(text.slice(5)), start, end, fragment: true });
    } else if (text.startsWith(FILLER_PREFIX)) {
      const f = text.slice(FILLER_PREFIX.length);
      words.push({ text: f === "mm" ? "um" : f, start, end, acoustic: true });
    } else {
      words.push({ text, start, end });
    }
  }
  return words;
}

/**
 * True when the aligned words are the transcript words in order, each said at least as many times
 * in a row as in the transcript (repeats may be added by the aligner, never words dropped or swapped).
 */
export function alignmentCoversTranscript(aligned: readonly TimedWord[], words: readonly string[]): boolean {
  const a = runs(aligned.filter((w) => !w.fragment && !w.acoustic).map((w) => w.text));
  const t = runs(words.map(jsgfToken).filter(Boolean));
  return a.length === t.length && a.every(([w, n], i) => w === t[i]![0] && n >= t[i]![1]);
}

/** Gap after a word that marks the end of a phrase for `dropPhraseFinalRepeats`. */
export const PHRASE_END_GAP_SEC = 0.5;

/**
 * Removes aligner-added copies of a word that ends a phrase (followed by >= PHRASE_END_GAP_SEC of silence,
 * or by nothing). Two reasons: the aligner's main false positive is splitting a phrase-final lengthened
 * word or trailing breath into "go go"; and real stuttering repetitions cluster on phrase-initial words
 * (Brown 1945, "The loci of stutterings in the speech sequence", J. Speech Disorders 10:181-192), so
 * little is lost. Copies present in the transcript itself are kept; the last kept copy is extended over the
 * dropped ones (it was one lengthened word).
 */
export function dropPhraseFinalRepeats(aligned: readonly TimedWord[], words: readonly string[]): TimedWord[] {
  const expected = runs(words.map(jsgfToken).filter(Boolean));
  const out: TimedWord[] = [];
  let runIndex = 0;
  for (let i = 0; i < aligned.length; ) {
    const w = aligned[i]!;
    if (w.fragment) {
      out.push(w);
      i++;
      continue;
    }
    let j = i;
    while (aligned[j + 1] && !aligned[j + 1]!.fragment && aligned[j + 1]!.text === w.text) j++;
    const copies = j - i + 1;
    const want = expected[runIndex]?.[1] ?? copies;
    runIndex++;
    const next = aligned[j + 1];
    const phraseFinal = !next || next.start - aligned[j]!.end >= PHRASE_END_GAP_SEC;
    if (copies > want && phraseFinal) {
      // The extra copies are the tail of one lengthened word: the last kept copy absorbs them.
      const kept = aligned.slice(i, i + want).map((x) => ({ ...x }));
      kept[kept.length - 1]!.end = aligned[j]!.end;
      out.push(...kept);
    } else {
      out.push(...aligned.slice(i, j + 1));
    }
    i = j + 1;
  }
  return out;
}
