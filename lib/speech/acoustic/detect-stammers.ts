// The acoustic pass over one recording's aligned words: filled pauses the transcript missed, then
// prolongations and blocks. Builds the MFCC index once for all three. No "server-only": pure CPU work on arrays.
import { silenceThresholdDb } from "../levels";
import { soundSpans } from "../signal-pauses";
import type { RepetitionItem } from "../metrics/repetitions";
import type { Segment, TimedWord } from "../words";
import { findAcousticFillers } from "./filler-pass";
import { typicalSpectralChange } from "./filled-pauses";
import { acousticIndex, compareSegments } from "./similarity";
import { detectBlocks, detectOnsetRepeats, detectProlongations, detectTailRepeats, ONSET_REPEAT, steadyRuns, type SimilarSound } from "./stammers";

const overlaps = (a: Segment, b: Segment) => a.start < b.end && b.start < a.end;

/** True when the word lies in a chunk whose words were force-aligned (estimated times cannot carry stammers). */
export function inAligned(w: TimedWord, chunks: readonly { start: number; end: number; timing: string }[]): boolean {
  return chunks.some((c) => c.timing === "forced-alignment" && w.start >= c.start - 0.5 && w.end <= c.end + 0.5);
}

export interface AcousticPass {
  /** All words, with acoustic filled pauses added (and words the aligner stretched over one shortened). */
  words: TimedWord[];
  stammers: RepetitionItem[];
  /** Silences counted as blocks (not pauses). */
  blockGaps: Segment[];
}

export function acousticPass(
  samples: Float32Array,
  sampleRate: number,
  levels: Float32Array,
  sound: readonly Segment[],
  speech: readonly Segment[],
  words: readonly TimedWord[],
  chunks: readonly { start: number; end: number; timing: string }[],
): AcousticPass {
  const aligned = words.filter((w) => inAligned(w, chunks));
  if (aligned.length === 0) return { words: [...words], stammers: [], blockGaps: [] };
  const estimated = words.filter((w) => !inAligned(w, chunks));
  const thresholdDb = silenceThresholdDb(levels);
  const index = acousticIndex(samples, sampleRate, 0);
  const typicalChange = typicalSpectralChange(index, levels, thresholdDb);
  const runs = steadyRuns(index, levels, thresholdDb, typicalChange);
  const ctx = { samples, sampleRate, offsetSec: 0, index, levels, thresholdDb, typicalChange };
  const withFillers = findAcousticFillers(aligned, sound, runs, ctx);
  const prolongations = detectProlongations(withFillers, runs);
  const refs = withFillers.filter((w) => !w.fragment && !w.acoustic && w.end - w.start >= 0.08);
  const similar: SimilarSound = (a, b, exclude, ratio) =>
    compareSegments(index, a, b, refs.filter((r) => !exclude.some((e) => e.text === r.text)).sort((x, y) => Math.abs(x.start - a.start) - Math.abs(y.start - a.start)), ratio).similar;
  // Finer spans here: a repeated stop onset ("b- be") can be a 30-ms burst, which pauses rightly ignore.
  const fineSound = soundSpans(levels, speech, ONSET_REPEAT.minSec);
  const separate = detectOnsetRepeats(withFillers, fineSound, similar);
  const hung = detectTailRepeats(withFillers, fineSound, similar).filter((t) => !separate.some((r) => overlaps(r, t)));
  // A held sound split from its word by a dip is a prolongation, not a repeated start.
  const onsetRepeats = [...separate, ...hung].filter((r) => !prolongations.some((p) => overlaps(p, r)));
  // A silence inside a repeated start is the break between the copies, not a block.
  const blocks = detectBlocks(withFillers, sound).filter((b) => !onsetRepeats.some((r) => r.start <= b.start + 0.05 && r.end >= b.start));
  const blockGaps = blocks.flatMap((b) => {
    for (let k = 1; k < sound.length; k++) {
      const g = { start: sound[k - 1]!.end, end: sound[k]!.start };
      if (g.start > b.start && g.end < b.end) return [g];
    }
    return [];
  });
  return { words: [...withFillers, ...estimated].sort((a, b) => a.start - b.start), stammers: [...prolongations, ...onsetRepeats, ...blocks], blockGaps };
}
