// Shared word/segment shapes used by the pure metric functions.
// No "server-only" here: CLI scripts and tests import this module.

/** One spoken word with times in seconds from the start of the recording. */
export interface TimedWord {
  /** Normalised lower-case token, e.g. "um", "don't". */
  text: string;
  start: number;
  end: number;
  /** True for a cut-off word start ("b-" before "but"), found by forced alignment. */
  fragment?: boolean;
  /** True for a filled pause ("um") the aligner found in the sound where the transcript had no word. */
  acoustic?: boolean;
}

/** A stretch of detected speech (VAD) in seconds. */
export interface Segment {
  start: number;
  end: number;
}

/** Lower-cases and strips punctuation except in-word apostrophes and hyphens. */
export function normaliseToken(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^a-z0-9'\-]/g, "")
    .replace(/^['\-]+|['\-]+$/g, "");
}

/** Splits a transcript into normalised tokens (empty tokens dropped). */
export function tokenise(text: string): string[] {
  return text
    .split(/\s+/)
    .map(normaliseToken)
    .filter((t) => t.length > 0);
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Consecutive equal tokens collapsed to [token, count]: "i i i went" -> [["i", 3], ["went", 1]]. */
export function runs(xs: readonly string[]): [string, number][] {
  const out: [string, number][] = [];
  for (const x of xs) {
    const last = out[out.length - 1];
    if (last && last[0] === x) last[1]++;
    else out.push([x, 1]);
  }
  return out;
}
