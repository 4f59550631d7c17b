/**
 * Test-only builders of valid SpeechAnalysis / VisionSummary objects with known values; each test
 * overrides only what it measures. Validated with the real zod schemas so fixtures cannot drift.
 */
import { speechAnalysisSchema, type SpeechAnalysis } from "@/lib/speech/schema";
import { EMOTION_LABELS, GRID_CELLS } from "@/lib/vision/constants";
import { visionSummarySchema, type TimelinePoint, type VisionSummary } from "@/lib/vision/schemas";

type Partialish<T> = { [K in keyof T]?: T[K] extends object ? Partial<T[K]> : T[K] };

export function makeSpeech(over: Partialish<SpeechAnalysis> = {}): SpeechAnalysis {
  const base: SpeechAnalysis = {
    schemaVersion: 1,
    algorithmVersion: "speech-analysis@1.0.0",
    models: { stt: "moonshine-base", vad: "silero", aligner: "pocketsphinx" },
    options: { sttModel: "base", disfluencyScoring: true },
    media: { kind: "audio", mime: "audio/webm" },
    durationSec: 62,
    transcript: "",
    words: [{ text: "well", start: 2, end: 2.3 }],
    wordTimings: { method: "forced-alignment", alignedChunks: 3, totalChunks: 3, outOfVocabulary: [], alignmentErrors: [] },
    speechSegments: [{ start: 2, end: 60 }],
    chunks: [],
    pace: {
      wordCount: 150,
      wpm: 150,
      articulationWpm: 170,
      speechSpanSec: 58,
      speakingTimeSec: 55,
      windows: [],
      rating: "ideal",
      target: { idealMin: 140, idealMax: 160, acceptableMin: 110, acceptableMax: 180 },
    },
    fillers: { count: 0, per100Words: 0, byType: {}, items: [], scored: true },
    repetitions: { count: 0, per100Words: 0, items: [], scored: true },
    pauses: {
      count: 5,
      longCount: 0,
      longestSec: 1.2,
      silenceShare: 0.1,
      timeToFirstWordSec: 2,
      trailingSilenceSec: 2,
      perMinute: 5,
      items: [],
      thresholds: { silenceFloorSec: 0.25, pauseSec: 0.5, longPauseSec: 3 },
    },
    voice: {
      medianHz: 180,
      p5Hz: 140,
      p95Hz: 240,
      rangeSemitones: 9,
      variabilitySemitones: 3.5,
      pitchVariationQuotient: 0.2,
      loudnessVariabilityDb: 6,
      monotone: false,
      flatLoudness: false,
      voicedFrames: 2000,
      reliable: true,
      thresholds: { minHz: 60, maxHz: 400, monotoneSemitoneSd: 1.7, flatLoudnessDb: 3, minVoicedFrames: 20 },
    },
    processingMs: { decode: 1, vad: 1, stt: 1, align: 1, metrics: 1, total: 5 },
  };
  const merged = { ...base } as Record<string, unknown>;
  for (const [k, v] of Object.entries(over)) {
    const b = (base as Record<string, unknown>)[k];
    merged[k] = v && typeof v === "object" && !Array.isArray(v) && b && typeof b === "object" ? { ...b, ...v } : v;
  }
  return speechAnalysisSchema.parse(merged);
}

export function makeVision(over: Partialish<VisionSummary> = {}): VisionSummary {
  const base: VisionSummary = {
    algorithmVersion: "vision-1.0.0",
    engine: "tfjs-human",
    models: [{ id: "emotion", version: "1" }],
    calibrationUsed: true,
    durationMs: 60_000,
    framesAnalysed: 600,
    framesWithFace: 570,
    analysedFps: 10,
    faceVisibleShare: 0.95,
    emotionDistribution: { angry: 0.02, disgust: 0.01, fear: 0.02, happy: 0.2, sad: 0.03, surprise: 0.02, neutral: 0.7 },
    dominantEmotion: "neutral",
    eyeContactShare: 0.7,
    gridCellShares: Object.fromEntries(GRID_CELLS.map((c) => [c, c === "middle-centre" ? 0.7 : 0.3 / 8])) as VisionSummary["gridCellShares"],
    screenRegionShares: { centre: 0.7, border: 0.25, "off-screen": 0.05 },
    lookingAway: { count: 2, totalMs: 3000, episodes: [] },
    blinks: { count: 15, ratePerMinute: 15 },
    headMovement: { yawStdDeg: 4, pitchStdDeg: 3, rollStdDeg: 2, meanSpeedDegPerSec: 5 },
    eyeRegion: { meanOpenness: 0.6, meanBrowRaise: 0.2, meanSquint: 0.1 },
  };
  const merged = { ...base } as Record<string, unknown>;
  for (const [k, v] of Object.entries(over)) {
    const b = (base as Record<string, unknown>)[k];
    merged[k] = v && typeof v === "object" && !Array.isArray(v) && b && typeof b === "object" ? { ...b, ...v } : v;
  }
  return visionSummarySchema.parse(merged);
}

/** A 4 Hz timeline whose emotion vector at time t is `at(t)` (in EMOTION_LABELS order). */
export function makeTimeline(seconds: number, at: (t: number) => number[] | null): TimelinePoint[] {
  return Array.from({ length: seconds * 4 }, (_, i) => {
    const t = i / 4;
    const emotions = at(t);
    if (emotions && emotions.length !== EMOTION_LABELS.length) throw new Error("need 7 probabilities");
    return {
      t,
      face: emotions ? 1 : 0,
      emotions,
      gazeYaw: null,
      gazePitch: null,
      eyeContact: null,
      screenRegion: null,
      gridCell: null,
      headYaw: null,
      headPitch: null,
      headRoll: null,
      eyeOpenness: null,
    };
  });
}

/** One-hot-ish distribution: `p` on one label, the rest spread evenly. */
export function peaked(label: (typeof EMOTION_LABELS)[number], p = 0.9): number[] {
  return EMOTION_LABELS.map((l) => (l === label ? p : (1 - p) / (EMOTION_LABELS.length - 1)));
}
