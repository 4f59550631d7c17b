/**
 * Minimal but valid stored results for the reports benchmark: speech and vision objects shaped like
 * a real one-minute answer (validated by the real zod schemas) and scores computed by the real
 * scoring code.
 */
import "server-only";
import { computeAnswerScores } from "@/lib/scoring/compute";
import type { SpeechAnalysis } from "@/lib/speech/schema";
import { GRID_CELLS } from "@/lib/vision/constants";
import { makeSpeech, makeVision } from "@/lib/scoring/test-fixtures";
import type { VisionSummary } from "@/lib/vision/schemas";

export interface VariantInput {
  wpm: number;
  fillersPer100: number;
  eyeContact: number;
  lookAways: number;
  pitchSd: number;
  firstWordSec: number;
}

/** An interview-like answer of `wordCount` words: what the report's content analysis reads costs as much as a real one. */
const ANSWER_SENTENCES = [
  "So I led the migration of our billing service when the old provider announced it would shut down.",
  "The situation was tight because we had six weeks and two of the five engineers were new to the codebase.",
  "I um split the work into three stages and agreed with the team which customers would move first.",
  "We measured every stage against the error rate and kept the old path running until the numbers matched.",
  "When a data mismatch showed up in week four I paused the rollout and we fixed the mapping together.",
  "In the end we shipped it a week early, with no lost payments, and support tickets dropped by a third.",
  "What I learned is to write the rollback plan first and to share the risks with the stakeholders early.",
];

export function benchTranscript(wordCount: number): string {
  const words = ANSWER_SENTENCES.join(" ").split(" ");
  return Array.from({ length: wordCount }, (_, i) => words[i % words.length]!).join(" ");
}

export function benchSpeech(v: VariantInput): SpeechAnalysis {
  const wordCount = Math.round(v.wpm * (58 / 60));
  const fillerCount = Math.round((v.fillersPer100 * wordCount) / 100);
  const transcript = benchTranscript(wordCount);
  const step = (60 - v.firstWordSec) / wordCount;
  return makeSpeech({
    transcript,
    words: transcript.split(" ").map((text, i) => ({ text, start: v.firstWordSec + i * step, end: v.firstWordSec + i * step + step * 0.8 })),
    speechSegments: [{ start: v.firstWordSec, end: 60 }],
    pace: {
      wordCount,
      wpm: v.wpm,
      articulationWpm: v.wpm * 1.12,
      speechSpanSec: 58,
      speakingTimeSec: 55,
      rating: v.wpm < 110 ? "slow" : v.wpm > 180 ? "fast" : v.wpm >= 140 && v.wpm <= 160 ? "ideal" : v.wpm < 140 ? "slightly-slow" : "slightly-fast",
    },
    fillers: { count: fillerCount, per100Words: v.fillersPer100, byType: fillerCount ? { um: fillerCount } : {}, items: [], scored: true },
    repetitions: { count: 1, per100Words: 100 / Math.max(1, wordCount), items: [], scored: true },
    pauses: { timeToFirstWordSec: v.firstWordSec },
    voice: { rangeSemitones: v.pitchSd * 2.6, variabilitySemitones: v.pitchSd, monotone: v.pitchSd < 1.7 },
  });
}

export function benchVision(v: VariantInput): VisionSummary {
  const centre = v.eyeContact;
  return makeVision({
    eyeContactShare: centre,
    gridCellShares: Object.fromEntries(GRID_CELLS.map((c) => [c, c === "middle-centre" ? centre : (1 - centre) / 8])),
    screenRegionShares: { centre, border: (1 - centre) * 0.8, "off-screen": (1 - centre) * 0.2 },
    lookingAway: { count: v.lookAways, totalMs: v.lookAways * 1500, episodes: [] },
  });
}

/**
 * `n` variants from weaker to stronger delivery (deterministic), so a candidate whose answers walk
 * through the variants over time shows a trend.
 */
export function benchVariants(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const t = n === 1 ? 1 : i / (n - 1);
    const wobble = ((i * 37) % 11) / 10 - 0.5; // -0.5..0.5, spreads values inside each step
    const input: VariantInput = {
      wpm: Math.round(115 + 40 * t + 20 * wobble),
      fillersPer100: Math.max(0, Math.round((8 - 6 * t + 2 * wobble) * 10) / 10),
      eyeContact: Math.min(0.95, Math.max(0.2, 0.45 + 0.4 * t + 0.1 * wobble)),
      lookAways: Math.max(0, Math.round(8 - 6 * t + 2 * wobble)),
      pitchSd: 2 + 2 * t + wobble,
      firstWordSec: 1.5 + 2 * (1 - t) + wobble,
    };
    const speech = benchSpeech(input);
    const vision = benchVision(input);
    return { input, speech, vision, scores: computeAnswerScores(speech, vision) };
  });
}
