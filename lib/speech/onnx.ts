// Lazy, cached onnxruntime sessions (one per model file per process).
import "server-only";
import * as ort from "onnxruntime-node";

const sessions = new Map<string, Promise<ort.InferenceSession>>();

export function getSession(file: string): Promise<ort.InferenceSession> {
  let s = sessions.get(file);
  if (!s) {
    s = ort.InferenceSession.create(file, {
      // 2-core machine: leave a core for the web server.
      intraOpNumThreads: 1,
      interOpNumThreads: 1,
      graphOptimizationLevel: "all",
      // The quantized Moonshine models keep some weights (the decoder's token embedding and output
      // projection among them) as int8 behind DequantizeLinear, which onnxruntime leaves unfolded for its
      // QDQ fusions and so re-ran on every decoding step: 20 of the base decoder's ~45 ms per token
      // (measured with enableProfiling). Without QDQ handling those dequantizations fold to float
      // constants once at load, for the same numbers (bench:speech, lib/speech/README.md "Speed").
      extra: { session: { disable_quant_qdq: "1" } },
    });
    // A failed load must not stay cached: the next job retries.
    s.catch(() => sessions.delete(file));
    sessions.set(file, s);
  }
  return s;
}

export { ort };
