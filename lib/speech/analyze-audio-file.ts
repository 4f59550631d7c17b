// The speech-analysis pipeline's one entry point: file in, validated SpeechAnalysis out.
// No "server-only": the analyze CLI imports it (server-only throws outside Next). Server code only:
// it spawns ffmpeg/pocketsphinx and runs onnxruntime.
import { alignChunk } from "./align/pocketsphinx";
import { frameLevels, LEVEL_FRAME_SEC } from "./align/verify-repeats";
import { MAX_CHUNK_SEC, planChunks } from "./chunking";
import { decodeToPcm } from "./decode";
import { SpeechAnalysisError } from "./errors";
import { detectFillers, fillerIndexSet } from "./metrics/fillers";
import { computePace } from "./metrics/pace";
import { computePauses } from "./metrics/pauses";
import { detectRepetitions } from "./metrics/repetitions";
import { computeVoiceMetrics } from "./metrics/voice";
import { MOONSHINE, POCKETSPHINX, SILERO_VAD } from "./models";
import { normaliseForWer } from "./normalise-text";
import { refinePauses } from "./refine-pauses";
import { speechOptionsSchema, type SpeechOptionsInput } from "./options";
import { SPEECH_ALGORITHM_VERSION, SPEECH_ANALYSIS_SCHEMA_VERSION, speechAnalysisSchema, type SpeechAnalysis } from "./schema";
import { transcribe } from "./stt/moonshine";
import { estimateWordTimings } from "./timing-fallback";
import { detectSpeech } from "./vad";
import { extractVoiceTracks } from "./voice-features";
import { round, type Segment, type TimedWord } from "./words";

/** Peak below -60 dBFS: digital silence or a muted microphone, no need to run the models. */
const SILENT_PEAK = 0.001;
const ALIGN_PAD_SEC = 0.3;

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

  hooks.onStage?.("stt");
  const levels = frameLevels(samples, sampleRate);
  const plan = planChunks(speech, MAX_CHUNK_SEC, (lo, hi) => quietestMoment(levels, lo, hi));

  /**
   * Forced alignment of one chunk, in a pocketsphinx child process. It needs only the chunk's own
   * transcript and the planned ranges of its neighbours, so it starts as soon as that chunk is
   * transcribed and runs on the second core while Moonshine decodes the next chunk.
   */
  const alignPlanned = async (ci: number, words: string[]) => {
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

  const chunkTexts: { range: Segment; text: string; words: string[]; truncated: boolean }[] = [];
  const alignments: ReturnType<typeof alignPlanned>[] = [];
  for (const [ci, range] of plan.entries()) {
    const slice = samples.subarray(Math.floor(range.start * sampleRate), Math.ceil(range.end * sampleRate));
    const r = await transcribe(slice, opts.sttModel, opts.nodeModulesDir);
    const chunkWordsText = normaliseForWer(r.text);
    chunkTexts.push({ range, text: r.text, words: chunkWordsText, truncated: r.truncated });
    alignments.push(alignPlanned(ci, chunkWordsText));
  }
  const sttMs = lap();
  if (chunkTexts.every((c) => c.words.length === 0)) throw new SpeechAnalysisError("NO_SPEECH", "no words recognised");

  hooks.onStage?.("align");
  const words: TimedWord[] = [];
  const chunks: SpeechAnalysis["chunks"] = [];
  const oov = new Set<string>();
  let aligned = 0;
  const alignmentErrors: string[] = [];
  for (const [ci, c] of chunkTexts.entries()) {
    const alignment = await alignments[ci]!;
    if (alignment.error) alignmentErrors.push(alignment.error);
    if (!alignment.repeats) alignmentErrors.push(`chunk ${c.range.start}-${c.range.end} s: repeat grammar failed, strict alignment used`);
    alignment.oov.forEach((w) => oov.add(w));
    if (alignment.words) aligned++;
    words.push(...(alignment.words ?? estimateWordTimings(c.words, clip(speech, c.range))));
    chunks.push({ start: c.range.start, end: c.range.end, text: c.text, timing: alignment.words ? "forced-alignment" : "vad-estimate", sttTruncated: c.truncated });
  }
  const alignMs = lap();

  hooks.onStage?.("metrics");
  const roundedWords = refinePauses(words, levels).map((w) => ({ ...w, start: round(w.start), end: round(w.end) }));
  const pace = computePace(roundedWords);
  const fillers = detectFillers(roundedWords);
  const repetitionItems = detectRepetitions(roundedWords, fillerIndexSet(fillers, roundedWords));
  const pauses = computePauses(roundedWords, durationSec);
  const tracks = extractVoiceTracks(samples, sampleRate, speech);
  const voice = computeVoiceMetrics(tracks.pitchHz, tracks.levelDb);
  const metricsMs = lap();

  const total = chunks.length;
  const result: SpeechAnalysis = {
    schemaVersion: SPEECH_ANALYSIS_SCHEMA_VERSION,
    algorithmVersion: SPEECH_ALGORITHM_VERSION,
    models: { stt: MOONSHINE[opts.sttModel].id, vad: SILERO_VAD.id, aligner: aligned > 0 ? POCKETSPHINX.id : null },
    options: { sttModel: opts.sttModel, disfluencyScoring: opts.disfluencyScoring },
    media: { kind: audio.media.kind, mime: audio.media.mime },
    durationSec: round(durationSec),
    transcript: chunkTexts.map((c) => c.text).filter(Boolean).join(" "),
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
    repetitions: {
      count: repetitionItems.length,
      per100Words: pace.wordCount === 0 ? 0 : round((repetitionItems.length / pace.wordCount) * 100, 2),
      items: repetitionItems,
      scored: opts.disfluencyScoring,
    },
    pauses,
    voice,
    processingMs: { decode: decodeMs, vad: vadMs, stt: sttMs, align: alignMs, metrics: metricsMs, total: Math.round(performance.now() - t0) },
  };
  return speechAnalysisSchema.parse(result);
}
