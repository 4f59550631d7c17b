// Moonshine speech-to-text on onnxruntime-node with a greedy decoding loop.
// Sessions load lazily, once per process (see ../onnx).
import "server-only";
import llamaTokenizer from "llama-tokenizer-js";
import { MOONSHINE, modelPath, type SttModelName } from "../models";
import { getSession, ort } from "../onnx";

/** Moonshine's special tokens (same as moonshine-js): decoding starts with BOS and stops at EOS. */
const DECODER_START_TOKEN = 1;
const EOS_TOKEN = 2;
/** Moonshine emits at most ~6 tokens per second of audio; the cap also stops the tiny model's loops. */
const MAX_TOKENS_PER_SEC = 6;
/** Moonshine needs at least ~0.1 s of audio; pad shorter input with zeros. */
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

function argmax(data: Float32Array, offset: number, size: number): number {
  let best = 0;
  let bestV = -Infinity;
  for (let i = 0; i < size; i++) {
    const v = data[offset + i]!;
    if (v > bestV) {
      bestV = v;
      best = i;
    }
  }
  return best;
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

export async function transcribe(samples: Float32Array, model: SttModelName, nodeModulesDir: string): Promise<TranscribeResult> {
  const spec = MOONSHINE[model];
  const [encoder, decoder] = await Promise.all([
    getSession(modelPath(nodeModulesDir, spec.encoder)),
    getSession(modelPath(nodeModulesDir, spec.decoder)),
  ]);
  const input = samples.length >= MIN_SAMPLES ? samples : (() => {
    const p = new Float32Array(MIN_SAMPLES);
    p.set(samples);
    return p;
  })();
  const enc = await encoder.run({ input_values: new ort.Tensor("float32", input, [1, input.length]) });
  const hidden = enc.last_hidden_state as ort.Tensor;

  const { layers, heads, headDim } = decoderShape(decoder, spec.decoder);
  // First step: no cache (use_cache_branch=false); the past inputs must exist but are ignored.
  const past: Record<string, ort.Tensor> = {};
  for (let l = 0; l < layers; l++) {
    for (const part of ["decoder", "encoder"]) {
      for (const kv of ["key", "value"]) {
        past[`past_key_values.${l}.${part}.${kv}`] = new ort.Tensor("float32", new Float32Array(0), [1, heads, 0, headDim]);
      }
    }
  }

  const maxTokens = Math.max(4, Math.ceil((input.length / 16_000) * MAX_TOKENS_PER_SEC));
  const out: number[] = [];
  let next = DECODER_START_TOKEN;
  let truncated = true;
  for (let step = 0; step < maxTokens; step++) {
    const res = await decoder.run({
      input_ids: new ort.Tensor("int64", BigInt64Array.from([BigInt(next)]), [1, 1]),
      encoder_hidden_states: hidden,
      use_cache_branch: new ort.Tensor("bool", [step > 0], [1]),
      ...past,
    });
    const logits = res.logits as ort.Tensor;
    const vocab = logits.dims[2]!;
    next = argmax(logits.data as Float32Array, (logits.dims[1]! - 1) * vocab, vocab);
    if (next === EOS_TOKEN) {
      truncated = false;
      break;
    }
    out.push(next);
    // Encoder cross-attention cache is computed once at step 0; self-attention cache grows each step.
    for (let l = 0; l < layers; l++) {
      for (const part of ["decoder", "encoder"]) {
        if (step > 0 && part === "encoder") continue;
        for (const kv of ["key", "value"]) {
          past[`past_key_values.${l}.${part}.${kv}`] = res[`present.${l}.${part}.${kv}`] as ort.Tensor;
        }
      }
    }
  }
  const tokens = truncated ? trimLoop(out) : out;
  return { text: llamaTokenizer.decode(tokens, false, false).trim(), tokens: tokens.length, truncated };
}
