// The persisted result of one analysis: zod schema + versions. No "server-only": shared by the CLI,
// the job handler and (as plain data) the UI.
import { z } from "zod";
import { FILLER_TYPES } from "./metrics/fillers";
import { vocalExpressionSchema } from "./vocal-expression/schema";

/**
 * Bump when any metric definition, threshold or pipeline step changes in a way that changes numbers,
 * so stored analyses can be told apart (and recomputed) by version.
 */
export const SPEECH_ALGORITHM_VERSION = "speech-analysis@1.3.0";
export const SPEECH_ANALYSIS_SCHEMA_VERSION = 1;

const sec = z.number().finite().nonnegative();

export const timedWordSchema = z.object({
  text: z.string(),
  start: sec,
  end: sec,
  fragment: z.boolean().optional(),
  /** A filled pause the aligner found in the sound where the transcript has no word ("um" left out by the model). */
  acoustic: z.boolean().optional(),
});

export const segmentSchema = z.object({ start: sec, end: sec });

export const timingMethodSchema = z.enum(["forced-alignment", "vad-estimate"]);

export const paceSchema = z.object({
  wordCount: z.number().int().nonnegative(),
  wpm: z.number().nonnegative(),
  articulationWpm: z.number().nonnegative(),
  speechSpanSec: sec,
  speakingTimeSec: sec,
  windows: z.array(z.object({ start: sec, end: sec, words: z.number().int(), wpm: z.number() })),
  rating: z.enum(["slow", "slightly-slow", "ideal", "slightly-fast", "fast", "no-speech"]),
  /** "words": from the transcript's timed words; "syllables": estimated from syllable nuclei when no transcript was available. */
  source: z.enum(["words", "syllables"]).optional(),
  target: z.object({ idealMin: z.number(), idealMax: z.number(), acceptableMin: z.number(), acceptableMax: z.number() }),
});

export const fillersSchema = z.object({
  count: z.number().int().nonnegative(),
  per100Words: z.number().nonnegative(),
  byType: z.partialRecord(z.enum(FILLER_TYPES), z.number().int()),
  items: z.array(
    z.object({
      word: z.enum(FILLER_TYPES),
      start: sec,
      end: sec,
      index: z.number().int(),
      /** "transcript" (also when absent: older analyses): the model wrote it; "acoustic": found in the sound only. */
      evidence: z.enum(["transcript", "acoustic"]).optional(),
    }),
  ),
  /** false when the user turned disfluency scoring off: listed, not scored. */
  scored: z.boolean(),
});

export const REPETITION_KINDS = ["word", "phrase", "part-word", "prolongation", "block"] as const;

export const repetitionSchema = z.object({
  /** word / phrase / part-word repeats; prolongation: a sound held far longer than normal; block: a silent gap inside a word's onset. */
  kind: z.enum(REPETITION_KINDS),
  text: z.string(),
  /** Times the unit was said (>= 2 for repeats; 1 for a prolongation or block). */
  count: z.number().int().min(1),
  start: sec,
  end: sec,
});

const kindRateSchema = z.object({ count: z.number().int().nonnegative(), per100Words: z.number().nonnegative(), perMinute: z.number().nonnegative() });

/** Repetitions and stammers ("disfluencies" other than fillers), with per-kind counts and rates. */
export const repetitionsSchema = z.object({
  count: z.number().int().nonnegative(),
  per100Words: z.number().nonnegative(),
  /** Absent in analyses made before speech-analysis@1.1.0. */
  perMinute: z.number().nonnegative().optional(),
  byKind: z.partialRecord(z.enum(REPETITION_KINDS), kindRateSchema).optional(),
  items: z.array(repetitionSchema),
  /** false when the candidate chose not to have them counted in scores: listed, never scored. */
  scored: z.boolean(),
});

export const pausesSchema = z.object({
  count: z.number().int().nonnegative(),
  longCount: z.number().int().nonnegative(),
  longestSec: sec,
  silenceShare: z.number().min(0),
  timeToFirstWordSec: sec,
  trailingSilenceSec: sec,
  perMinute: z.number().nonnegative(),
  items: z.array(z.object({ start: sec, end: sec, durationSec: sec, long: z.boolean() })),
  thresholds: z.object({ silenceFloorSec: z.number(), pauseSec: z.number(), longPauseSec: z.number() }),
});

export const voiceSchema = z.object({
  medianHz: z.number().nonnegative(),
  p5Hz: z.number().nonnegative(),
  p95Hz: z.number().nonnegative(),
  rangeSemitones: z.number().nonnegative(),
  variabilitySemitones: z.number().nonnegative(),
  pitchVariationQuotient: z.number().nonnegative(),
  loudnessVariabilityDb: z.number().nonnegative(),
  monotone: z.boolean(),
  flatLoudness: z.boolean(),
  voicedFrames: z.number().int().nonnegative(),
  reliable: z.boolean(),
  thresholds: z.object({
    minHz: z.number(),
    maxHz: z.number(),
    monotoneSemitoneSd: z.number(),
    flatLoudnessDb: z.number(),
    minVoicedFrames: z.number(),
  }),
});

export const speechAnalysisSchema = z.object({
  schemaVersion: z.literal(SPEECH_ANALYSIS_SCHEMA_VERSION),
  algorithmVersion: z.string(),
  models: z.object({
    stt: z.string(),
    vad: z.string(),
    aligner: z.string().nullable(),
    /** Version of the vocal-expression model (absent in analyses from before it existed). */
    vocalExpression: z.string().nullable().optional(),
  }),
  options: z.object({ sttModel: z.enum(["base", "tiny"]), disfluencyScoring: z.boolean() }),
  media: z.object({ kind: z.string(), mime: z.string() }),
  durationSec: sec,
  /** Text as the speech-to-text model wrote it (punctuated), chunks joined by spaces. */
  transcript: z.string(),
  /**
   * available: false when the audio had voice but no model returned words even after retries: pace then
   * comes from the syllable rate, pauses and voice from the signal, and `reason` says why.
   */
  transcriptStatus: z.object({ available: z.boolean(), reason: z.string().nullable(), attempts: z.array(z.string()) }).optional(),
  /** Spoken words with times, including repeats and cut-off starts recovered by alignment. */
  words: z.array(timedWordSchema),
  wordTimings: z.object({
    /** "forced-alignment" when every chunk aligned, "vad-estimate" when none did, "mixed" otherwise. */
    method: z.enum(["forced-alignment", "vad-estimate", "mixed"]),
    alignedChunks: z.number().int().nonnegative(),
    totalChunks: z.number().int().nonnegative(),
    outOfVocabulary: z.array(z.string()),
    /** Why alignment fell back for a chunk (for diagnosis). */
    alignmentErrors: z.array(z.string()),
  }),
  speechSegments: z.array(segmentSchema),
  chunks: z.array(z.object({ start: sec, end: sec, text: z.string(), timing: timingMethodSchema, sttTruncated: z.boolean() })),
  pace: paceSchema,
  fillers: fillersSchema,
  repetitions: repetitionsSchema,
  pauses: pausesSchema,
  voice: voiceSchema,
  /** How the voice sounded, by window (null: no stretch of speech long enough; absent: analysed before 1.1.0). */
  vocalExpression: vocalExpressionSchema.nullable().optional(),
  processingMs: z.object({
    decode: z.number(),
    vad: z.number(),
    stt: z.number(),
    align: z.number(),
    metrics: z.number(),
    vocalExpression: z.number().optional(),
    total: z.number(),
  }),
});

export type SpeechAnalysis = z.infer<typeof speechAnalysisSchema>;

/**
 * An analysis without its timed word list: every figure, tip and score reads only this. The
 * words are three quarters of a stored analysis (about 7 KB of 10 for a 2-minute answer) and only
 * the transcript views need them, so the report's first screen reads the analysis without them.
 */
export const speechSummarySchema = speechAnalysisSchema.omit({ words: true });
export type SpeechSummary = z.infer<typeof speechSummarySchema>;
