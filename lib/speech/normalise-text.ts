// Transcript normalisation to spoken words (pure), for WER and for the metric/alignment word lists.
// No "server-only": imported by the CLIs and tests.
//
// Rules, applied identically to reference and hypothesis:
// 1. lower-case; curly quotes to straight;
// 2. numbers to words: "42" -> "forty two", "1st" -> "first", "3.5" -> "three point five",
//    "1,000" -> "one thousand"; four-digit numbers 1100-2099 are read as years ("1455" -> "fourteen fifty five",
//    "1900" -> "nineteen hundred", "2005" -> "two thousand five");
// 3. a few spoken-form abbreviations: mr -> mister, mrs -> missus, dr -> doctor, st -> saint, % -> percent, & -> and;
// 4. hyphens and slashes split words ("forty-two" -> "forty two"), other punctuation is removed,
//    apostrophes inside words are kept ("don't" stays one word).

const ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SCALES: [number, string][] = [[1e12, "trillion"], [1e9, "billion"], [1e6, "million"], [1e3, "thousand"]];

function under100(n: number): string {
  if (n < 20) return ONES[n]!;
  const t = TENS[Math.floor(n / 10)]!;
  return n % 10 === 0 ? t : `${t} ${ONES[n % 10]}`;
}

function under1000(n: number): string {
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (h === 0) return under100(r);
  return r === 0 ? `${ONES[h]} hundred` : `${ONES[h]} hundred ${under100(r)}`;
}

export function cardinal(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) return String(n);
  if (n < 1000) return under1000(n);
  const parts: string[] = [];
  let rest = n;
  for (const [v, name] of SCALES) {
    if (rest >= v) {
      parts.push(`${cardinal(Math.floor(rest / v))} ${name}`);
      rest %= v;
    }
  }
  if (rest > 0) parts.push(under1000(rest));
  return parts.join(" ");
}

export function year(n: number): string {
  if (n >= 2000 && n < 2010) return cardinal(n);
  const hi = Math.floor(n / 100);
  const lo = n % 100;
  if (lo === 0) return `${under100(hi)} hundred`;
  return `${under100(hi)} ${lo < 10 ? `oh ${ONES[lo]}` : under100(lo)}`;
}

const ORDINAL_IRREGULAR: Record<string, string> = {
  one: "first", two: "second", three: "third", five: "fifth", eight: "eighth", nine: "ninth", twelve: "twelfth",
};

export function ordinal(n: number): string {
  const words = cardinal(n).split(" ");
  const last = words.pop()!;
  const ord = ORDINAL_IRREGULAR[last] ?? (last.endsWith("y") ? `${last.slice(0, -1)}ieth` : `${last}th`);
  return [...words, ord].join(" ");
}

/** "42" -> "forty two", "1st" -> "first", "3.5" -> "three point five", "1455" -> "fourteen fifty five"; other tokens unchanged. */
export function numberToWords(token: string): string {
  const ord = /^(\d+)(st|nd|rd|th)$/.exec(token);
  if (ord) return ordinal(Number(ord[1]));
  const plain = token.replace(/,(?=\d{3}\b)/g, "");
  const dec = /^(\d+)\.(\d+)$/.exec(plain);
  if (dec) return `${cardinal(Number(dec[1]))} point ${[...dec[2]!].map((d) => ONES[Number(d)]).join(" ")}`;
  if (/^\d+$/.test(plain)) {
    const n = Number(plain);
    // "1,250" (written with a separator) is a quantity, not a year.
    if (plain === token && plain.length === 4 && n >= 1100 && n < 2100) return year(n);
    return cardinal(n);
  }
  return token;
}

const ABBREVIATIONS: Record<string, string> = { mr: "mister", mrs: "missus", dr: "doctor", st: "saint" };

export function normaliseForWer(text: string): string[] {
  const spaced = text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/%/g, " percent ")
    .replace(/&/g, " and ")
    .replace(/[-/\u2013\u2014]/g, " ");
  const out: string[] = [];
  for (const raw of spaced.split(/\s+/)) {
    // Keep digits with their separators for number parsing; strip everything else around them.
    const t = raw.replace(/^[^a-z0-9']+|[^a-z0-9']+$/g, "").replace(/^'+|'+$/g, "");
    if (!t) continue;
    if (/\d/.test(t)) {
      out.push(...numberToWords(t).split(" "));
      continue;
    }
    const clean = t.replace(/[^a-z']/g, "");
    if (!clean) continue;
    out.push(...(ABBREVIATIONS[clean] ?? clean).split(" "));
  }
  return out;
}
