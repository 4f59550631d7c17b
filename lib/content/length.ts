/**
 * Answer length against a band for the question type. The bands follow the seed's "preferred word
 * count" idea: a behavioural answer needs room for situation, action and result (about one to two
 * minutes spoken), a quick-fire "pressure" question wants a short, direct answer, a cover letter is
 * the usual 250-400 words. Spoken answers are also judged in seconds, capped by the question's time
 * limit (an answer cannot be asked to run longer than the time it was given). Pure.
 */
import { round } from "./text";

export interface LengthBand {
  minWords: number;
  maxWords: number;
  minSec: number;
  maxSec: number;
  label: string;
}

export const LENGTH_BANDS = {
  behavioural: { minWords: 120, maxWords: 300, minSec: 60, maxSec: 120, label: "behavioural question" },
  motivation: { minWords: 80, maxWords: 220, minSec: 40, maxSec: 90, label: "motivation question" },
  pressure: { minWords: 40, maxWords: 150, minSec: 20, maxSec: 60, label: "short-answer question" },
  general: { minWords: 70, maxWords: 220, minSec: 30, maxSec: 90, label: "question" },
  document: { minWords: 250, maxWords: 450, minSec: 0, maxSec: 0, label: "cover letter" },
} as const satisfies Record<string, LengthBand>;

export type LengthKind = keyof typeof LENGTH_BANDS;

/** Question categories are free text set by admins; unknown ones get the general band. */
export function lengthKind(category: string | undefined, isDocument = false): LengthKind {
  if (isDocument) return "document";
  const key = (category ?? "").toLowerCase();
  if (key.startsWith("behavio")) return "behavioural";
  if (key in LENGTH_BANDS) return key as LengthKind;
  return "general";
}

export type LengthStatus = "short" | "within" | "long";

export interface LengthResult {
  kind: LengthKind;
  words: { value: number; min: number; max: number; status: LengthStatus };
  /** Spoken answers only. */
  seconds: { value: number; min: number; max: number; status: LengthStatus } | null;
  /** One plain sentence on what was observed. */
  note: string;
}

const status = (value: number, min: number, max: number): LengthStatus => (value < min ? "short" : value > max ? "long" : "within");

export function assessLength(input: { wordCount: number; kind: LengthKind; durationSec?: number | null; timeLimitSec?: number | null }): LengthResult {
  const band = LENGTH_BANDS[input.kind];
  const words = { value: input.wordCount, min: band.minWords, max: band.maxWords, status: status(input.wordCount, band.minWords, band.maxWords) };
  let seconds: LengthResult["seconds"] = null;
  if (input.durationSec != null && band.maxSec > 0) {
    // Within the time the question allowed: the top of the band is the limit, the bottom at most 60% of it.
    const limit = input.timeLimitSec && input.timeLimitSec > 0 ? input.timeLimitSec : band.maxSec;
    const max = Math.min(band.maxSec, limit);
    const min = Math.min(band.minSec, Math.round(limit * 0.6));
    const value = round(input.durationSec, 0);
    seconds = { value, min, max, status: status(value, min, max) };
  }
  const say = { short: "shorter than", within: "within", long: "longer than" } as const;
  const note =
    `${input.wordCount} words: ${say[words.status]} the usual ${band.minWords}-${band.maxWords} for a ${band.label}` +
    (seconds ? `; ${seconds.value} s spoken, ${say[seconds.status]} ${seconds.min}-${seconds.max} s.` : ".");
  return { kind: input.kind, words, seconds, note };
}
