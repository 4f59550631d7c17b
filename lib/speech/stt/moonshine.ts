// Moonshine speech-to-text on onnxruntime-node: greedy or beam-search decoding with a KV cache.
// Sessions load lazily, once per process (see ../onnx).
import "server-only";
import llamaTokenizer from "llama-tokenizer-js";
import { MOONSHINE, modelPath, type SttModelName } from "../models";
import { getSession, ort } from "../onnx";
import { beamSearch } from "./beam-search";

/** Moonshine's special tokens (same as moonshine-js): decoding starts with BOS and stops at EOS. */
const DECODER_START_TOKEN = 1;
const EOS_TOKEN = 2;
/** Moonshine emits at most ~6 tokens per second of audio; the cap also stops the tiny model's loops. */
const MAX_TOKENS_PER_SEC = 6;
/** Moonshine needs at least ~0.1 s of audio (16 kHz); shorter input is padded with zeros. */
const MIN_SAMPLES = 1600;

interface DecoderShape {
  layers: number;
  heads: number;
  headDim: number;
}

const shapes = new Map<string, DecoderShape>();

function decoderShape(session: ort.InferenceSession, key: string): DecoderShape {
  const cached = shapes.get(key);
  if (cached) return cached;
  const layers = session.inputNames.filter((n) => /^past_key_values\.\d+\.decoder\.key$/.test(n)).length;
  const meta = session.inputMetadata.find((m) => m.name === "past_key_values.0.decoder.key");
  const dims = meta && meta.isTensor ? meta.shape : [];
  const heads = dims[1];
  const headDim = dims[3];
  if (layers === 0 || typeof heads !== "number" || typeof headDim !== "number") {
    throw new Error(`unexpected Moonshine decoder inputs in ${key}`);
  }
  const s = { layers, heads, headDim };
  shapes.set(key, s);
  return s;
}

/** Drops a trailing run where the same 1-4 token n-gram repeats 4+ times (a decoding loop). */
export function trimLoop(tokens: number[]): number[] {
  for (let n = 1; n <= 4; n++) {
    let reps = 1;
    while (tokens.length >= n * (reps + 1)) {
      const a = tokens.slice(tokens.length - n * (reps + 1), tokens.length - n * reps).join(",");
      const b = tokens.slice(tokens.length - n, tokens.length).join(",");
      if (a !== b) break;
      reps++;
    }
    if (reps >= 4) return tokens.slice(0, tokens.length - n * (reps - 1));
  }
  return tokens;
}

export interface TranscribeResult {
  text: string;
  tokens: number;
  /** True when the token cap was reached (the model did not emit EOS). */
  truncated: boolean;
}

export interface DecodeOptions {
  /** Beam width; 1 is greedy decoding. */
  beams: number;
  /** See BeamSearchOptions.lengthPenalty. */
  lengthPenalty: number;
  /**
   * Quiet lead-in the decoder gets before the first sound: when the audio starts with less (a recording
   * that starts at its first word), zeros make up the difference. Without it the decoder invented a
   * sentence ending after the last word (6 words on a clip of the development set, both models).
   * Use decodeForChunk: only the chunk that starts the recording gets one.
   */
  leadInSec: number;
}

/**
 * What eval:stt measured best (lib/speech/README.md, "Decoding"): greedy decoding (beam search changed no
 * word on the development set, at twice the decoding time) with a 0.25-s lead-in.
 */
export const DEFAULT_DECODE: DecodeOptions = { beams: 1, lengthPenalty: 1, leadInSec: 0.25 };

/**
 * The decoding for a chunk starting `chunkStartSec` into the recording. The lead-in applies only where the
 * recording itself starts: later chunks start where voice activity padded a segment with the recording's own
 * quiet (0.3 s), or at a pause, and there even a few hundredths of a second of added zeros changed words.
 */
export function decodeForChunk(chunkStartSec: number, decode: DecodeOptions = DEFAULT_DECODE): DecodeOptions {
  return chunkStartSec > 0 ? { ...decode, leadInSec: 0 } : decode;
}

const LEVEL_FRAME = 160; // 10 ms at 16 kHz
/** A frame this far under the loudest one counts as quiet (room tone, breath), not as speech. */
const QUIET_BELOW_PEAK_DB = 30;

/** Seconds of quiet before the first frame within QUIET_BELOW_PEAK_DB of the loudest 10-ms frame. */
export function leadingQuietSec(samples: Float32Array, sampleRate = 16_000): number {
  const frames = Math.floor(samples.length / LEVEL_FRAME);
  const energy = new Float64Array(frames);
  let peak = 0;
  for (let f = 0; f < frames; f++) {
    let e = 0;
    for (let i = f * LEVEL_FRAME; i < (f + 1) * LEVEL_FRAME; i++) e += samples[i]! * samples[i]!;
    energy[f] = e;
    if (e > peak) peak = e;
  }
  if (peak === 0) return samples.length / sampleRate;
  const threshold = peak * 10 ** (-QUIET_BELOW_PEAK_DB / 10);
  const first = energy.findIndex((e) => e >= threshold);
  return (first * LEVEL_FRAME) / sampleRate;
}

/** The audio with `startSec` of zeros before it, and at least MIN_SAMPLES long. */
export function padAudio(samples: Float32Array, startSec: number, sampleRate = 16_000): Float32Array {
  const before = Math.max(0, Math.round(startSec * sampleRate));
  const length = Math.max(MIN_SAMPLES, before + samples.length);
  if (length === samples.length) return samples;
  const out = new Float32Array(length);
  out.set(samples, before);
  return out;
}

type Cache = Record<string, ort.Tensor>;

/** Copies batch rows `rows` of a [batch, ...] tensor into a new [rows.length, ...] tensor. */
function gatherBatch(t: ort.Tensor, rows: readonly number[]): ort.Tensor {
  const data = t.data as Float32Array;
  const per = data.length / t.dims[0]!;
  if (rows.length === t.dims[0] && rows.every((r, i) => r === i)) return t;
  const out = new Float32Array(rows.length * per);
  rows.forEach((r, i) => out.set(data.subarray(r * per, (r + 1) * per), i * per));
  return new ort.Tensor("float32", out, [rows.length, ...t.dims.slice(1)]);
}

function gatherCache(cache: Cache, rows: readonly number[]): Cache {
  return Object.fromEntries(Object.entries(cache).map(([k, v]) => [k, gatherBatch(v, rows)]));
}

export async function transcribe(
  samples: Float32Array,
  model: SttModelName,
  nodeModulesDir: string,
  decode: DecodeOptions = DEFAULT_DECODE,
): Promise<TranscribeResult> {
  const spec = MOONSHINE[model];
  const [encoder, decoder] = await Promise.all([
    getSession(modelPath(nodeModulesDir, spec.encoder)),
    getSession(modelPath(nodeModulesDir, spec.decoder)),
  ]);
  const maxTokens = Math.max(4, Math.ceil((samples.length / 16_000) * MAX_TOKENS_PER_SEC));
  const padded = padAudio(samples, decode.leadInSec - leadingQuietSec(samples));
  const first = await decodeAudio(encoder, decoder, spec.decoder, padded, maxTokens, decode);
  // Long leading silence can make Moonshine end at once (seen with 1 s on a 3-s clip): an empty result
  // from padded audio is decoded again as recorded, so padding can never lose an answer's words.
  const unpadded = padAudio(samples, 0);
  if (first.tokens > 0 || padded === unpadded) return first;
  return decodeAudio(encoder, decoder, spec.decoder, unpadded, maxTokens, decode);
}

async function decodeAudio(
  encoder: ort.InferenceSession,
  decoder: ort.InferenceSession,
  decoderKey: string,
  input: Float32Array,
  maxTokens: number,
  decode: DecodeOptions,
): Promise<TranscribeResult> {
  const enc = await encoder.run({ input_values: new ort.Tensor("float32", input, [1, input.length]) });
  const hidden = enc.last_hidden_state as ort.Tensor;

  const { layers, heads, headDim } = decoderShape(decoder, decoderKey);
  const names = (part: "decoder" | "encoder") =>
    Array.from({ length: layers }, (_, l) => ["key", "value"].map((kv) => `${l}.${part}.${kv}`)).flat();
  // First step: no cache (use_cache_branch=false); the past inputs must exist but are ignored.
  const empty: Cache = Object.fromEntries(
    [...names("decoder"), ...names("encoder")].map((n) => [
      `past_key_values.${n}`,
      new ort.Tensor("float32", new Float32Array(0), [1, heads, 0, headDim]),
    ]),
  );
  let selfCache: Cache = {};
  // Cross-attention keys/values are computed once at step 0 and are the same for every hypothesis.
  let crossCache: Cache = {};
  // ... so they (and the encoder output) are tiled once per batch size, not copied every step.
  const tiled = new Map<number, { cross: Cache; hidden: ort.Tensor }>();
  const tile = (n: number) => {
    let t = tiled.get(n);
    if (!t) {
      const rows = Array.from({ length: n }, () => 0);
      t = { cross: gatherCache(crossCache, rows), hidden: gatherBatch(hidden, rows) };
      tiled.set(n, t);
    }
    return t;
  };

  const result = await beamSearch({
    width: decode.beams,
    lengthPenalty: decode.lengthPenalty,
    startToken: DECODER_START_TOKEN,
    eosToken: EOS_TOKEN,
    maxTokens,
    step: async (tokens, origins) => {
      const n = tokens.length;
      const past = origins === null ? empty : { ...gatherCache(selfCache, origins), ...tile(n).cross };
      const res = await decoder.run({
        input_ids: new ort.Tensor("int64", BigInt64Array.from(tokens.map(BigInt)), [n, 1]),
        encoder_hidden_states: origins === null ? hidden : tile(n).hidden,
        use_cache_branch: new ort.Tensor("bool", [origins !== null], [1]),
        ...past,
      });
      selfCache = Object.fromEntries(names("decoder").map((k) => [`past_key_values.${k}`, res[`present.${k}`] as ort.Tensor]));
      if (origins === null) {
        crossCache = Object.fromEntries(names("encoder").map((k) => [`past_key_values.${k}`, res[`present.${k}`] as ort.Tensor]));
      }
      const logits = res.logits as ort.Tensor;
      const [, seq, vocab] = logits.dims as [number, number, number];
      const data = logits.data as Float32Array;
      return Array.from({ length: n }, (_, b) => data.subarray((b * seq + seq - 1) * vocab, (b * seq + seq) * vocab));
    },
  });
  const tokens = result.truncated ? trimLoop(result.tokens) : result.tokens;
  return { text: llamaTokenizer.decode(tokens, false, false).trim(), tokens: tokens.length, truncated: result.truncated };
}
