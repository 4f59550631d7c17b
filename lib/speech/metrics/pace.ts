// Pace metrics (pure). No "server-only": imported by CLI scripts and tests.
import type { TimedWord } from "../words";
import { round } from "../words";

/**
 * Target speaking-rate band for interview answers, in words per minute.
 * - ~150 wpm is the commonly quoted average for conversational English (National Center for
 *   Voice and Speech, "Voice qualities", ncvs.org), and 140-160 wpm is the band most
 *   presentation/interview coaching material recommends as easy to follow.
 * - Tauroza & Allison (1990), "Speech rates in British English", Applied Linguistics 11(1):90-105,
 *   measured ~140 wpm for lectures to non-native listeners, ~160 wpm for radio, ~210 wpm for
 *   conversation: below ~110 sounds laboured, above ~180 is hard to follow in a formal setting.
 */
export const PACE_TARGET = {
  idealMin: 140,
  idealMax: 160,
  acceptableMin: 110,
  acceptableMax: 180,
} as const;

/** Silences at least this long are excluded from articulation time (Goldman-Eisler 1968; De Jong & Wempe 2009 use 0.25 s). */
export const ARTICULATION_PAUSE_SEC = 0.25;
export const PACE_WINDOW_SEC = 10;
/** Trailing windows shorter than this are dropped: a 2-s window with 5 words would read as 150 wpm on little evidence. */
const MIN_WINDOW_SEC = 5;

export type PaceRating = "slow" | "slightly-slow" | "ideal" | "slightly-fast" | "fast" | "no-speech";

export interface PaceWindow {
  start: number;
  end: number;
  words: number;
  wpm: number;
}

export interface PaceMetrics {
  wordCount: number;
  /** Words per minute over the speech span (first word start to last word end): pauses inside count. */
  wpm: number;
  /** Words per minute of phonation time: silences >= ARTICULATION_PAUSE_SEC removed. */
  articulationWpm: number;
  /** First word start to last word end, seconds. */
  speechSpanSec: number;
  /** Speech span minus silences >= ARTICULATION_PAUSE_SEC. */
  speakingTimeSec: number;
  windows: PaceWindow[];
  rating: PaceRating;
  target: typeof PACE_TARGET;
  /** "words": timed transcript words; "syllables": estimated from syllable nuclei (no transcript). */
  source: "words" | "syllables";
}

export function ratePace(wpm: number, wordCount: number): PaceRating {
  if (wordCount === 0) return "no-speech";
  if (wpm < PACE_TARGET.acceptableMin) return "slow";
  if (wpm < PACE_TARGET.idealMin) return "slightly-slow";
  if (wpm <= PACE_TARGET.idealMax) return "ideal";
  if (wpm <= PACE_TARGET.acceptableMax) return "slightly-fast";
  return "fast";
}

/** Words must be sorted by start time. Fragments ("b-") are not words for pace. */
export function computePace(allWords: readonly TimedWord[]): PaceMetrics {
  // Fragments ("b-") and filled pauses found only in the sound are not words the candidate said.
  const words = allWords.filter((w) => !w.fragment && !w.acoustic);
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) {
    return {
      wordCount: 0,
      wpm: 0,
      articulationWpm: 0,
      speechSpanSec: 0,
      speakingTimeSec: 0,
      windows: [],
      rating: "no-speech",
      target: PACE_TARGET,
      source: "words",
    };
  }
  const span = Math.max(last.end - first.start, 1e-6);
  let pauseTime = 0;
  for (let i = 1; i < words.length; i++) {
    const gap = words[i]!.start - words[i - 1]!.end;
    if (gap >= ARTICULATION_PAUSE_SEC) pauseTime += gap;
  }
  const speaking = Math.max(span - pauseTime, 1e-6);
  const wpm = (words.length / span) * 60;

  const windows: PaceWindow[] = [];
  for (let ws = first.start; ws < last.end; ws += PACE_WINDOW_SEC) {
    const we = Math.min(ws + PACE_WINDOW_SEC, last.end);
    const len = we - ws;
    if (len < MIN_WINDOW_SEC && windows.length > 0) break;
    // A word belongs to the window that holds its midpoint, so no word counts twice.
    const n = words.filter((w) => {
      const mid = (w.start + w.end) / 2;
      return mid >= ws && (mid < we || (we === last.end && mid <= we));
    }).length;
    windows.push({ start: round(ws), end: round(we), words: n, wpm: round((n / len) * 60, 1) });
  }

  return {
    wordCount: words.length,
    wpm: round(wpm, 1),
    articulationWpm: round((words.length / speaking) * 60, 1),
    speechSpanSec: round(span),
    speakingTimeSec: round(speaking),
    windows,
    rating: ratePace(wpm, words.length),
    target: PACE_TARGET,
    source: "words",
  };
}
