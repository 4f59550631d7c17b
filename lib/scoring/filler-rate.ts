import type { SpeechAnalysis } from "@/lib/speech/schema";

/**
 * The filler rate as every page and tip shows it: the analysis's stored per-100-words figure, rounded to one
 * decimal in exactly one place. (The tile used toFixed(1) and the tip Math.round, which disagree on halves:
 * 4.35 showed as "4.3" on one and "4.4" on the other.)
 */
export function fillerRate(fillers: Pick<SpeechAnalysis["fillers"], "per100Words">): number {
  return Math.round(fillers.per100Words * 10) / 10;
}

/** "4.4": the rate with its one decimal, for text. */
export function fillerRateText(fillers: Pick<SpeechAnalysis["fillers"], "per100Words">): string {
  return fillerRate(fillers).toFixed(1);
}
