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
   * Digital silence added before and after the audio. Audio that starts and ends mid-breath (a tightly
   * cut clip) lets the decoder run on past the last word and invent a sentence ending.
   */
  padStartSec: number;
  padEndSec: number;
}

/**
 * What eval:stt measured best (lib/speech/README.md, "Decoding"): greedy (beam search changed no word on
 * the development set at twice the decoding time) after 0.25 s of leading silence (WER 5.4% -> 2.7% base,
 * 3.5% -> 2.3% tiny; 0.5 s and 1 s did worse, trailing silence did not help).
 */
export const DEFAULT_DECODE: DecodeOptions = { beams: 1, lengthPenalty: 1, padStartSec: 0.25, padEndSec: 0 };

/** The audio with `startSec` / `endSec` of zeros around it, and at least MIN_SAMPLES long. */
export function padAudio(samples: Float32Array, startSec: number, endSec: number, sampleRate = 16_000): Float32Array {
  const before = Math.round(startSec * sampleRate);
  const after = Math.round(endSec * sampleRate);
  const length = Math.max(MIN_SAMPLES, before + samples.length + after);
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
  const padded = padAudio(samples, decode.padStartSec, decode.padEndSec);
  const first = await decodeAudio(encoder, decoder, spec.decoder, padded, maxTokens, decode);
  // Long leading silence can make Moonshine end at once (seen with 1 s on a 3-s clip): an empty result
  // from padded audio is decoded again as recorded, so padding can never lose an answer's words.
  if (first.tokens > 0 || padded === samples) return first;
  return decodeAudio(encoder, decoder, spec.decoder, padAudio(samples, 0, 0), maxTokens, decode);
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
