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
    });
    // A failed load must not stay cached: the next job retries.
    s.catch(() => sessions.delete(file));
    sessions.set(file, s);
  }
  return s;
}

export { ort };
