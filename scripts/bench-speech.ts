/**
 * npm run bench:speech — a 45-second answer from upload to stored analysis, through the real
 * upload bookkeeping, job queue and worker, on a throw-away embedded database. Prints the figures
 * and writes bench/results/speech.json. Target: at most 10 s wall per answer on 2 cores.
 *
 * The answer is made from the real read-speech clips in ../shared/data/speech when present
 * (espeak-ng speech otherwise), encoded as webm/opus like a browser recording.
 */
import "./lib/react-server";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { quantileSorted } from "@/lib/stats";
import { benchAnswerAudio } from "./lib/bench-answer-audio";

const root = path.resolve(import.meta.dirname, "..");
const work = mkdtempSync(path.join(os.tmpdir(), "rehearse-bench-speech-"));
process.env.PGLITE_DIR = path.join(work, "pglite");
process.env.DATA_DIR = work;
process.env.UPLOADS_DIR = path.join(work, "uploads");
delete process.env.DATABASE_URL;

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARGET_SECONDS = 45;

const { applyMigrations } = await import("@/lib/db/migrate");
const { openConfiguredExecutor } = await import("@/lib/db/open-executor");
const executor = await openConfiguredExecutor();
await applyMigrations(executor, path.join(root, "prisma/migrations"));
await executor.close();

const { closeDb } = await import("@/lib/db");
const { startWorkers } = await import("@/lib/jobs/worker");
const { stopQueue } = await import("@/lib/jobs/queue");
const { attachAudio, pendingAnswer, waitForAnswer } = await import("@/lib/jobs/testing/fixtures");
const { env } = await import("@/lib/env");

const audio = benchAnswerAudio(work, { seconds: TARGET_SECONDS, file: "answer.webm", encode: ["-c:a", "libopus", "-b:a", "48k"] });
await startWorkers();

async function timeOne() {
  const answer = await pendingAnswer();
  const started = performance.now();
  await attachAudio(answer, audio.file);
  const result = await waitForAnswer(answer.id, 300_000);
  const wallMs = performance.now() - started;
  if (result.status !== "DONE") throw new Error(`analysis failed: ${result.failureCode} ${result.failureReason}`);
  const analysis = result.speechAnalysis as { durationSec: number; pace: { wordCount: number }; processingMs: Record<string, number> };
  return { wallMs, audioSec: analysis.durationSec, words: analysis.pace.wordCount, stages: analysis.processingMs };
}

console.log(`bench:speech — ${audio.source}; STT model ${env.STT_MODEL}; ${os.cpus().length} CPU cores`);
const cold = await timeOne();
console.log(`cold (models load in this run): ${(cold.wallMs / 1000).toFixed(2)} s`);
const warm = [];
for (let i = 0; i < RUNS; i++) {
  const run = await timeOne();
  warm.push(run);
  console.log(`warm run ${i + 1}: ${(run.wallMs / 1000).toFixed(2)} s wall for ${run.audioSec.toFixed(1)} s of audio (${run.words} words) — stages ms ${JSON.stringify(run.stages)}`);
}
const walls = warm.map((run) => run.wallMs).sort((a, b) => a - b);
const median = quantileSorted(walls, 0.5) ?? Number.NaN;
const summary = {
  benchmark: "speech",
  measuredAt: new Date().toISOString(),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? "unknown" },
  audio: { source: audio.source, durationSec: warm[0]?.audioSec ?? 0, format: "webm/opus 48 kbit/s" },
  sttModel: env.STT_MODEL,
  coldWallSec: cold.wallMs / 1000,
  warmWallSec: { median: median / 1000, min: walls[0]! / 1000, max: walls.at(-1)! / 1000, runs: walls.length },
  realTimeFactor: median / 1000 / (warm[0]?.audioSec ?? TARGET_SECONDS),
  stagesMs: warm.at(-1)?.stages,
  targetSec: 10,
  meetsTarget: median / 1000 <= 10,
};
console.log(`median warm wall: ${summary.warmWallSec.median.toFixed(2)} s (target ≤ 10 s: ${summary.meetsTarget ? "met" : "NOT met"}), RTF ${summary.realTimeFactor.toFixed(3)}`);
mkdirSync(path.join(root, "bench/results"), { recursive: true });
writeFileSync(path.join(root, `bench/results/speech${env.STT_MODEL === "tiny" ? "-tiny" : ""}.json`), `${JSON.stringify(summary, null, 2)}\n`);

await stopQueue();
await closeDb();
rmSync(work, { recursive: true, force: true });

