/**
 * npm run bench:ser — the compute cost of vocal expression on a 45-s answer, the production path
 * (voiced windows, Moonshine encoder states, prosody, model) on this thread, alone on the machine's
 * cores, on the same answer as bench:speech (scripts/lib/bench-answer-audio.ts). Target: at most 1 s
 * of compute per 45-s answer. Writes bench/results/vocal-expression.json with the machine's load;
 * figures from a busy machine are not comparable.
 */
import "./lib/react-server";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { decodeToPcm } from "../lib/speech/decode";
import { speechOptionsFromEnv } from "../lib/speech/options";
import { detectSpeech } from "../lib/speech/vad";
import { analyseVocalExpression } from "../lib/speech/vocal-expression/analyse";
import { median } from "../lib/stats";
import { benchAnswerAudio } from "./lib/bench-answer-audio";

const root = path.resolve(import.meta.dirname, "..");
const ANSWER_SEC = 45;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET_MS = 1000;

const work = mkdtempSync(path.join(os.tmpdir(), "rehearse-bench-ser-"));
// 16-kHz mono WAV: what the pipeline decodes every upload to.
const { file, source } = benchAnswerAudio(work, { seconds: ANSWER_SEC, file: "answer.wav", encode: ["-ar", "16000", "-c:a", "pcm_s16le"] });
const { nodeModulesDir } = speechOptionsFromEnv(process.env);
const audio = await decodeToPcm(file);
const speech = await detectSpeech(audio.samples, audio.sampleRate, nodeModulesDir);
const loadBefore = os.loadavg()[0]!;
// The first run loads the models and warms the JIT; a worker keeps both between answers.
const first = await analyseVocalExpression(audio.samples, audio.sampleRate, speech, nodeModulesDir);
if (!first) throw new Error("no voiced windows in the benchmark answer");
const wall: number[] = [];
const cpu: number[] = [];
for (let r = 0; r < RUNS; r++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await analyseVocalExpression(audio.samples, audio.sampleRate, speech, nodeModulesDir);
  wall.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
const med = (xs: number[]) => Math.round(median(xs)!);
const summary = {
  benchmark: "vocal-expression",
  measuredAt: new Date().toISOString(),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? "unknown", loadAverage1m: { before: loadBefore, after: os.loadavg()[0]! } },
  audio: { source, durationSec: Math.round((audio.samples.length / audio.sampleRate) * 10) / 10, voicedSec: first.voicedSec, windows: first.windows.length },
  model: first.model,
  runs: RUNS,
  wallMs: { median: med(wall), min: Math.round(Math.min(...wall)), max: Math.round(Math.max(...wall)) },
  cpuMs: { median: med(cpu), min: Math.round(Math.min(...cpu)), max: Math.round(Math.max(...cpu)) },
  targetMs: TARGET_MS,
  meetsTarget: med(cpu) <= TARGET_MS,
};
console.log(
  `vocal expression on a ${summary.audio.durationSec}-s answer (${first.windows.length} windows, ${first.voicedSec} s voiced): ` +
    `median ${summary.wallMs.median} ms wall, ${summary.cpuMs.median} ms CPU over ${RUNS} warm runs (target ≤ ${TARGET_MS} ms: ${summary.meetsTarget ? "met" : "NOT met"}); load ${loadBefore.toFixed(2)}`,
);
mkdirSync(path.join(root, "bench/results"), { recursive: true });
writeFileSync(path.join(root, "bench/results/vocal-expression.json"), `${JSON.stringify(summary, null, 2)}\n`);
rmSync(work, { recursive: true, force: true });
