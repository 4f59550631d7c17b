// Prolongations and blocks for one recording: builds the acoustic index once and runs both detectors.
// No "server-only": imported by the pipeline (pure CPU work on arrays).
import { silenceThresholdDb } from "../refine-pauses";
import type { RepetitionItem } from "../metrics/repetitions";
import type { Segment, TimedWord } from "../words";
import { typicalSpectralChange } from "./filled-pauses";
import { acousticIndex } from "./similarity";
import { detectBlocks, detectProlongations, steadyRuns } from "./stammers";

/** True when the word lies in a chunk whose words were force-aligned (estimated times cannot carry stammers). */
export function inAligned(w: TimedWord, chunks: readonly { start: number; end: number; timing: string }[]): boolean {
  return chunks.some((c) => c.timing === "forced-alignment" && w.start >= c.start - 0.5 && w.end <= c.end + 0.5);
}

export function detectStammers(
  samples: Float32Array,
  sampleRate: number,
  levels: Float32Array,
  sound: readonly Segment[],
  alignedWords: readonly TimedWord[],
): { items: RepetitionItem[]; blockGaps: Segment[] } {
  if (alignedWords.length === 0) return { items: [], blockGaps: [] };
  const thr = silenceThresholdDb(levels);
  const index = acousticIndex(samples, sampleRate, 0);
  const runs = steadyRuns(index, levels, thr, typicalSpectralChange(index, levels, thr));
  const prolongations = detectProlongations(alignedWords, runs);
  const blocks = detectBlocks(alignedWords, sound);
  const blockGaps = blocks.flatMap((b) => {
    for (let k = 1; k < sound.length; k++) {
      const g = { start: sound[k - 1]!.end, end: sound[k]!.start };
      if (g.start > b.start && g.end < b.end) return [g];
    }
    return [];
  });
  return { items: [...prolongations, ...blocks], blockGaps };
}
