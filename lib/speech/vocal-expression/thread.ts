// Vocal expression on a worker thread of its own, so it runs beside speech-to-text instead of after it:
// onnxruntime-node runs inference synchronously on the calling thread, so two models in one thread take
// turns however their promises interleave (measured with --cpu-prof: 82% of decoding time inside the
// synchronous run call). The thread is started on first use, kept (models stay loaded), never keeps the
// process alive, and started again after it dies. No "server-only": the CLIs import it.
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Segment } from "../words";
import { analyseVocalExpression } from "./analyse";
import { projectDirOf } from "./classifier";
import type { VocalExpression } from "./schema";
import { threadReplySchema, type ThreadRequest } from "./thread-protocol";

interface Pending {
  resolve: (value: VocalExpression | null) => void;
  reject: (error: Error) => void;
}
interface ThreadState {
  worker: Worker;
  pending: Map<number, Pending>;
}

const globalForThread = globalThis as typeof globalThis & { rehearseVocalThread?: ThreadState };
let nextId = 1;

function vocalThread(nodeModulesDir: string): ThreadState {
  const existing = globalForThread.rehearseVocalThread;
  if (existing) return existing;
  const entry = path.join(/*turbopackIgnore: true*/ projectDirOf(nodeModulesDir), "lib/speech/vocal-expression/thread-entry.mjs");
  const worker = new Worker(entry, { execArgv: ["--conditions=react-server"] });
  const state: ThreadState = { worker, pending: new Map() };
  const failAll = (reason: string) => {
    if (globalForThread.rehearseVocalThread === state) globalForThread.rehearseVocalThread = undefined;
    for (const waiting of state.pending.values()) waiting.reject(new Error(reason));
    state.pending.clear();
  };
  worker.on("message", (message: unknown) => {
    const reply = threadReplySchema.parse(message);
    const waiting = state.pending.get(reply.id);
    if (!waiting) return;
    state.pending.delete(reply.id);
    if (state.pending.size === 0) worker.unref();
    if (reply.ok) waiting.resolve(reply.value);
    else waiting.reject(new Error(`vocal expression failed: ${reply.message}`));
  });
  worker.on("error", (error) => failAll(`vocal-expression thread error: ${error.message}`));
  worker.on("exit", (code) => failAll(`vocal-expression thread exited (${code}) without a result`));
  worker.unref();
  globalForThread.rehearseVocalThread = state;
  return state;
}

/** analyseVocalExpression on the vocal-expression thread; in this thread if that cannot start. */
export function analyseVocalExpressionOffThread(
  samples: Float32Array,
  sampleRate: number,
  speech: readonly Segment[],
  nodeModulesDir: string,
): Promise<VocalExpression | null> {
  let state: ThreadState;
  try {
    state = vocalThread(nodeModulesDir);
  } catch (error) {
    console.warn("[speech] vocal-expression thread could not start; analysing in this thread:", error);
    return analyseVocalExpression(samples, sampleRate, speech, nodeModulesDir);
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    state.pending.set(id, { resolve, reject });
    // Busy: keep the process alive until the answer comes back.
    state.worker.ref();
    state.worker.postMessage({ id, samples, sampleRate, speech: speech.map(({ start, end }) => ({ start, end })), nodeModulesDir } satisfies ThreadRequest);
  });
}

/** Ends the thread (tests, shutdown). */
export async function stopVocalThread(): Promise<void> {
  const state = globalForThread.rehearseVocalThread;
  globalForThread.rehearseVocalThread = undefined;
  if (state) await state.worker.terminate();
}
