// The speech-analysis pipeline's one entry point: file in, validated SpeechAnalysis out.
// Server code only:
// it spawns ffmpeg/pocketsphinx and runs onnxruntime.
import "server-only";
import { alignChunk } from "./align/pocketsphinx";
import { frameLevels, LEVEL_FRAME_SEC } from "./levels";
import { MAX_CHUNK_SEC, planChunks } from "./chunking";
import { decodeToPcm } from "./decode";
import { SpeechAnalysisError } from "./errors";
import { detectFillers, fillerIndexSet } from "./metrics/fillers";
import { computePace } from "./metrics/pace";
import { computePauses } from "./metrics/pauses";
import { paceFromSyllables } from "./metrics/syllable-pace";
import { detectRepetitions, mergeRepetitions, summariseRepetitions } from "./metrics/repetitions";
import { computeVoiceMetrics } from "./metrics/voice";
import { MOONSHINE, POCKETSPHINX, SILERO_VAD } from "./models";
import { normaliseForWer } from "./normalise-text";
import { acousticPass } from "./acoustic/detect-stammers";
import { refinePauses } from "./refine-pauses";
import { bridgeGaps, soundSpans } from "./signal-pauses";
import { speechOptionsSchema, type SpeechOptionsInput } from "./options";
import { SPEECH_ALGORITHM_VERSION, SPEECH_ANALYSIS_SCHEMA_VERSION, speechAnalysisSchema, type SpeechAnalysis } from "./schema";
import { decodeForChunk, transcribe } from "./stt/moonshine";
import { estimateWordTimings } from "./timing-fallback";
import { detectSpeech } from "./vad";
import { analyseVocalExpressionOffThread } from "./vocal-expression/thread";
import { extractVoiceTracks } from "./voice-features";
import { round, type Segment, type TimedWord } from "./words";

/** Peak below -60 dBFS: digital silence or a muted microphone, no need to run the models. */
const SILENT_PEAK = 0.001;
const ALIGN_PAD_SEC = 0.3;
/** Voice activity in a chunk above which an empty transcript is retried with the other model. */
const MIN_VOICED_FOR_RETRY_SEC = 0.5;

function peak(samples: Float32Array): number {
  let p = 0;
  for (let i = 0; i < samples.length; i++) {
    const a = Math.abs(samples[i]!);
    if (a > p) p = a;
  }
  return p;
}

function clip(segments: readonly Segment[], range: Segment): Segment[] {
  return segments
    .map((s) => ({ start: Math.max(s.start, range.start), end: Math.min(s.end, range.end) }))
    .filter((s) => s.end > s.start);
}

/** Centre of the quietest 100 ms in [lo, hi] (10-ms level frames): where to cut a long stretch of speech. */
export function quietestMoment(levels: Float32Array, lo: number, hi: number): number {
  const win = 10;
  const a = Math.max(0, Math.floor(lo / LEVEL_FRAME_SEC));
  const b = Math.min(levels.length - win, Math.floor(hi / LEVEL_FRAME_SEC) - win);
  let best = (lo + hi) / 2;
  let bestSum = Infinity;
  for (let f = a; f <= b; f++) {
    let s = 0;
    for (let k = 0; k < win; k++) s += levels[f + k]!;
    if (s < bestSum) {
      bestSum = s;
      best = (f + win / 2) * LEVEL_FRAME_SEC;
    }
  }
  return best;
}

export interface AnalyzeHooks {
  /** Called between stages, for progress reporting in a job. */
  onStage?: (stage: "decode" | "vad" | "stt" | "align" | "metrics") => void;
  /** Replaces Moonshine (tests of the retry and no-transcript paths); same contract as `transcribe`. */
  transcriber?: typeof transcribe;
}

/**
 * Analyses one recording. Throws SpeechAnalysisError (permanent; `code` and `userMessage`) for empty,
 * corrupt, unsupported or speechless input; any other error is transient (retry the job).
 */
export async function analyzeAudioFile(filePath: string, optionsInput: SpeechOptionsInput = {}, hooks: AnalyzeHooks = {}): Promise<SpeechAnalysis> {
  const opts = speechOptionsSchema.parse(optionsInput);
  const t0 = performance.now();
  let t = t0;
  const lap = () => {
    const now = performance.now();
    const d = now - t;
    t = now;
    return Math.round(d);
  };

  hooks.onStage?.("decode");
  const audio = await decodeToPcm(filePath, { ffmpegPath: opts.ffmpegPath });
  const decodeMs = lap();
  const { samples, sampleRate, durationSec } = audio;
  if (peak(samples) < SILENT_PEAK) throw new SpeechAnalysisError("NO_SPEECH", "the recording is silent");

  hooks.onStage?.("vad");
  const speech = await detectSpeech(samples, sampleRate, opts.nodeModulesDir);
  const vadMs = lap();
  if (speech.length === 0) throw new SpeechAnalysisError("NO_SPEECH", "no voice activity detected");

  // Vocal expression needs only the voice activity: it runs on its own thread beside speech-to-text, not
  // after it. Settled into a value at once, so a failure surfaces where it is awaited below rather than as
  // an unhandled rejection in between.
  const vocalPending = opts.vocalExpression
    ? analyseVocalExpressionOffThread(samples, sampleRate, speech, opts.nodeModulesDir).then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, error }),
      )
    : null;

  hooks.onStage?.("stt");
  const levels = frameLevels(samples, sampleRate);
  const plan = planChunks(speech, MAX_CHUNK_SEC, (lo, hi) => quietestMoment(levels, lo, hi));

  /**
   * Forced alignment of one chunk, in a pocketsphinx child process. It needs only the chunk's own
   * transcript and the planned ranges of its neighbours, so it starts as soon as that chunk is
   * transcribed (awaited later), on the second core while Moonshine decodes the next chunk.
   */
  const alignPlanned = async (plan: readonly Segment[], ci: number, words: string[]) => {
    const range = plan[ci]!;
    if (!opts.align || words.length === 0) return { words: null, oov: [] as string[], error: null as string | null, repeats: true };
    try {
      // Give the aligner some silence on both sides: VAD edges can clip the first phone.
      // ... but never into a neighbouring chunk's speech (its words belong to that chunk).
      const a = Math.max(plan[ci - 1]?.end ?? 0, range.start - ALIGN_PAD_SEC);
      const b = Math.min(plan[ci + 1]?.start ?? durationSec, range.end + ALIGN_PAD_SEC);
      const slice = samples.subarray(Math.floor(a * sampleRate), Math.ceil(b * sampleRate));
      const r = await alignChunk(slice, sampleRate, words, a, { pocketsphinxPath: opts.pocketsphinxPath });
      return { words: r.words, oov: r.oov, error: null, repeats: r.repeats };
    } catch (e) {
      // Degrade: proportional estimate inside the chunk's VAD segments (recorded in `timing`).
      return { words: null, oov: [], error: `chunk ${range.start}-${range.end} s: ${(e as Error).message}`.slice(0, 300), repeats: true };
    }
  };

  /** A chunk with this much voice activity should have words: an empty transcript there is retried. */
  const voicedIn = (range: Segment) => clip(speech, range).reduce((a, x) => a + x.end - x.start, 0);
  const otherModel = opts.sttModel === "base" ? "tiny" : "base";
  const attempts: string[] = [];
  const stt = hooks.transcriber ?? transcribe;
  const transcribePlan = async (chunkPlan: Segment[], label: string) => {
    const out: { range: Segment; text: string; words: string[]; truncated: boolean; alignment: ReturnType<typeof alignPlanned> }[] = [];
    for (const [ci, range] of chunkPlan.entries()) {
      const slice = samples.subarray(Math.floor(range.start * sampleRate), Math.ceil(range.end * sampleRate));
      let model = opts.sttModel;
      let r = await stt(slice, model, opts.nodeModulesDir, decodeForChunk(range.start));
      // Models sometimes return nothing for clear speech (measured: espeak en-us+f3 "I I I led a group..." under
      // base, which tiny transcribes): ask the other model before giving the chunk up.
      if (normaliseForWer(r.text).length === 0 && voicedIn(range) >= MIN_VOICED_FOR_RETRY_SEC) {
        attempts.push(`${label} ${range.start}-${range.end} s: ${model} returned no words, retried with ${otherModel}`);
        model = otherModel;
        r = await stt(slice, model, opts.nodeModulesDir, decodeForChunk(range.start));
      }
      const chunkWords = normaliseForWer(r.text);
      // Aligned while the next chunk is transcribed (pocketsphinx runs on the other core).
      out.push({ range, text: r.text, words: chunkWords, truncated: r.truncated, alignment: alignPlanned(chunkPlan, ci, chunkWords) });
    }
    return out;
  };

  let chunkPlan = plan;
  let chunkTexts = await transcribePlan(plan, "chunk");
  if (chunkTexts.every((c) => c.words.length === 0)) {
    // Other chunk boundaries: each voice-activity segment on its own (long ones halved), so a model that
    // stalled on one window sees the speech with different context and padding.
    chunkPlan = planChunks(speech, MAX_CHUNK_SEC / 2, (lo, hi) => quietestMoment(levels, lo, hi)).flatMap((c) => clip(speech, c));
    attempts.push(`no words in ${plan.length} chunk(s); retried over ${chunkPlan.length} voice segment(s)`);
    chunkTexts = await transcribePlan(chunkPlan, "segment");
  }
  const transcriptAvailable = chunkTexts.some((c) => c.words.length > 0);
  const sttMs = lap();

  hooks.onStage?.("align");
  const words: TimedWord[] = [];
  const chunks: SpeechAnalysis["chunks"] = [];
  const oov = new Set<string>();
  let aligned = 0;
  const alignmentErrors: string[] = [];
  for (const c of chunkTexts) {
    const alignment = await c.alignment;
    if (alignment.error) alignmentErrors.push(alignment.error);
    if (!alignment.repeats) alignmentErrors.push(`chunk ${c.range.start}-${c.range.end} s: repeat grammar failed, strict alignment used`);
    alignment.oov.forEach((w) => oov.add(w));
    if (alignment.words) aligned++;
    words.push(...(alignment.words ?? estimateWordTimings(c.words, clip(speech, c.range))));
    chunks.push({ start: c.range.start, end: c.range.end, text: c.text, timing: alignment.words ? "forced-alignment" : "vad-estimate", sttTruncated: c.truncated });
  }
  const alignMs = lap();

  hooks.onStage?.("metrics");
  const refined = refinePauses(words, levels).map((w) => ({ ...w, start: round(w.start), end: round(w.end) }));
  const sound = soundSpans(levels, speech);
  const acoustic = acousticPass(samples, sampleRate, levels, sound, speech, refined, chunks);
  const roundedWords = acoustic.words;
  const pace = transcriptAvailable ? computePace(roundedWords) : paceFromSyllables(levels, sound);
  const fillers = detectFillers(roundedWords);
  const repetitionItems = mergeRepetitions(detectRepetitions(roundedWords, fillerIndexSet(fillers, roundedWords)), acoustic.stammers);
  // A block's silence is inside a word: it is counted as a block, not also as a pause.
  const pauses = computePauses(bridgeGaps(sound, acoustic.blockGaps), durationSec);
  const soundSpanSec = sound.length ? sound[sound.length - 1]!.end - sound[0]!.start : 0;
  const tracks = extractVoiceTracks(samples, sampleRate, speech);
  const voice = computeVoiceMetrics(tracks.pitchHz, tracks.levelDb);
  const metricsMs = lap();
  const vocal = vocalPending ? await vocalPending : null;
  if (vocal && !vocal.ok) throw vocal.error;
  const vocalExpression = vocal?.ok ? vocal.value : null;
  // Its own span from start to finish: it overlaps the stages above, so it is not a lap.
  const vocalMs = vocalExpression?.processingMs ?? 0;

  const total = chunks.length;
  const result: SpeechAnalysis = {
    schemaVersion: SPEECH_ANALYSIS_SCHEMA_VERSION,
    algorithmVersion: SPEECH_ALGORITHM_VERSION,
    models: { stt: MOONSHINE[opts.sttModel].id, vad: SILERO_VAD.id, aligner: aligned > 0 ? POCKETSPHINX.id : null, vocalExpression: vocalExpression?.model.version ?? null },
    options: { sttModel: opts.sttModel, disfluencyScoring: opts.disfluencyScoring },
    media: { kind: audio.media.kind, mime: audio.media.mime },
    durationSec: round(durationSec),
    transcript: chunkTexts.map((c) => c.text).filter(Boolean).join(" "),
    transcriptStatus: {
      available: transcriptAvailable,
      reason: transcriptAvailable
        ? null
        : "Voice was detected, but neither speech-to-text model returned words (tried both models and two ways of cutting the audio). Pace is estimated from the syllable rate; pauses and voice come from the sound.",
      attempts,
    },
    words: roundedWords,
    wordTimings: {
      method: aligned === total ? "forced-alignment" : aligned === 0 ? "vad-estimate" : "mixed",
      alignedChunks: aligned,
      totalChunks: total,
      outOfVocabulary: [...oov],
      alignmentErrors,
    },
    speechSegments: speech,
    chunks,
    pace,
    fillers: { ...fillers, scored: opts.disfluencyScoring },
    repetitions: { ...summariseRepetitions(repetitionItems, pace.wordCount, soundSpanSec), scored: opts.disfluencyScoring },
    pauses,
    voice,
    vocalExpression,
    processingMs: { decode: decodeMs, vad: vadMs, stt: sttMs, align: alignMs, metrics: metricsMs, vocalExpression: vocalMs, total: Math.round(performance.now() - t0) },
  };
  return speechAnalysisSchema.parse(result);
}
