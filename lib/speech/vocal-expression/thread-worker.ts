// The vocal-expression thread's side of ./thread.ts: one request at a time from the parent, each answered
// with its id. Models load once per thread and stay loaded.
import { parentPort } from "node:worker_threads";
import { analyseVocalExpression } from "./analyse";
import { threadRequestSchema, type ThreadReply } from "./thread-protocol";

const port = parentPort;
if (!port) throw new Error("thread-worker.ts runs only as a worker thread (see ./thread.ts)");

port.on("message", (message: unknown) => {
  const { id, samples, sampleRate, speech, nodeModulesDir } = threadRequestSchema.parse(message);
  analyseVocalExpression(samples, sampleRate, speech, nodeModulesDir).then(
    (value) => port.postMessage({ id, ok: true, value } satisfies ThreadReply),
    (error: unknown) => port.postMessage({ id, ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies ThreadReply),
  );
});
