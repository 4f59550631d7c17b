// Pace without a transcript, from syllable nuclei (pure). No "server-only": imported by tests.
// Used only when no speech-to-text model returned words for voiced audio: the answer keeps a pace figure.
import { LEVEL_FRAME_SEC } from "../levels";
import type { Segment } from "../words";
import { round } from "../words";
import { ARTICULATION_PAUSE_SEC, PACE_TARGET, ratePace, type PaceMetrics } from "./pace";

/**
 * Syllable nuclei as loudness peaks, after De Jong & Wempe (2009), "Praat script to detect syllable nuclei
 * and measure speech rate automatically", Behavior Research Methods 41(2): a peak must stand at least
 * PEAK_DIP_DB above the lowest level since the previous nucleus, lie inside sound, and be no more than
 * PEAK_BELOW_MAX_DB under the loudest speech. English averages about 1.5 syllables per word in
 * conversational answers (Pellegrino et al. 2011, Language 87(3)), the factor used to report words.
 */
export const PEAK_DIP_DB = 2;
const PEAK_BELOW_MAX_DB = 25;
const MIN_NUCLEUS_GAP_SEC = 0.1;
export const SYLLABLES_PER_WORD = 1.5;

/** 50-ms moving average of the 10-ms level track: one peak per syllable instead of one per pitch period. */
function smooth(levels: Float32Array): Float32Array {
  const out = new Float32Array(levels.length);
  const k = 2;
  for (let i = 0; i < levels.length; i++) {
    let s = 0;
    let n = 0;
    for (let j = Math.max(0, i - k); j <= Math.min(levels.length - 1, i + k); j++) {
      s += levels[j]!;
      n++;
    }
    out[i] = s / n;
  }
  return out;
}

/** Times of syllable nuclei inside the sounding spans. */
export function syllableNuclei(levels: Float32Array, spans: readonly Segment[]): number[] {
  const l = smooth(levels);
  const inSpan = (f: number) => spans.some((s) => f * LEVEL_FRAME_SEC >= s.start && f * LEVEL_FRAME_SEC < s.end);
  let max = -Infinity;
  for (let f = 0; f < l.length; f++) if (inSpan(f) && l[f]! > max) max = l[f]!;
  const out: number[] = [];
  let valley = Infinity;
  for (let f = 1; f + 1 < l.length; f++) {
    const v = l[f]!;
    valley = Math.min(valley, v);
    if (!inSpan(f)) {
      valley = Math.min(valley, v);
      continue;
    }
    const isPeak = v >= l[f - 1]! && v > l[f + 1]!;
    if (!isPeak || v < max - PEAK_BELOW_MAX_DB || v - valley < PEAK_DIP_DB) continue;
    const t = f * LEVEL_FRAME_SEC;
    const last = out[out.length - 1];
    if (last !== undefined && t - last < MIN_NUCLEUS_GAP_SEC) continue;
    out.push(t);
    valley = v;
  }
  return out;
}

/** PaceMetrics from syllable nuclei (source "syllables"): words = syllables / SYLLABLES_PER_WORD. */
export function paceFromSyllables(levels: Float32Array, spans: readonly Segment[]): PaceMetrics {
  const nuclei = syllableNuclei(levels, spans);
  const first = spans[0];
  const last = spans[spans.length - 1];
  const words = Math.round(nuclei.length / SYLLABLES_PER_WORD);
  if (!first || !last || words === 0) {
    return { wordCount: 0, wpm: 0, articulationWpm: 0, speechSpanSec: 0, speakingTimeSec: 0, windows: [], rating: "no-speech", target: PACE_TARGET, source: "syllables" };
  }
  const span = Math.max(last.end - first.start, 1e-6);
  let pause = 0;
  for (let i = 1; i < spans.length; i++) {
    const gap = spans[i]!.start - spans[i - 1]!.end;
    if (gap >= ARTICULATION_PAUSE_SEC) pause += gap;
  }
  const speaking = Math.max(span - pause, 1e-6);
  const wpm = (words / span) * 60;
  return {
    wordCount: words,
    wpm: round(wpm, 1),
    articulationWpm: round((words / speaking) * 60, 1),
    speechSpanSec: round(span),
    speakingTimeSec: round(speaking),
    windows: [],
    rating: ratePace(wpm, words),
    target: PACE_TARGET,
    source: "syllables",
  };
}
