/**
 * Vision bench: opens /lab/vision of a running app (BASE_URL, default http://localhost:3000) in
 * headless Debian Chromium with a fake camera fed from a real face video, lets it run, then prints
 * the figures the page publishes on window.__visionBench and writes bench/results/vision.json.
 *
 *   BASE_URL=http://localhost:3000 npx tsx scripts/bench-vision.ts
 * Options (env): BENCH_SECONDS (20), BENCH_VIDEO (the Pexels clip), BENCH_QUERY (e.g. "emotionIntervalMs=0"),
 * BENCH_CAMERA_FPS (15): the fake camera's frame rate, which caps the analysed fps (the page only
 * analyses new camera frames, never the same frame twice).
 *   npx tsx scripts/bench-vision.ts --node
 * runs the same pipeline in Node instead (tfjs wasm backend, frames decoded by ffmpeg) and prints
 * per-stage milliseconds; it needs no running app and writes bench/results/vision-node.json.
 */
import "./lib/react-server";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { quantile } from "../lib/stats";
import { CHROMIUM_PATH, chromiumArgs } from "../lib/testing/chromium";
import { chromium } from "@playwright/test";

const BASE_URL = process.env.BASE_URL ?? "http://localhost:3000";
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const SHARED_DIR = process.env.REHEARSE_SHARED_DIR ?? path.resolve(process.cwd(), "../shared");
const VIDEO = process.env.BENCH_VIDEO ?? path.join(SHARED_DIR, "data/video/pyfeat_WolfgangLanger_Pexels.mp4");
const QUERY = process.env.BENCH_QUERY ?? "";
const CAMERA_FPS = Number(process.env.BENCH_CAMERA_FPS ?? 15);
// The default 15 fps camera writes vision.json; other camera rates (capacity runs) their own file.
const OUT = path.join(process.cwd(), "bench", "results", CAMERA_FPS === 15 ? "vision.json" : `vision-${CAMERA_FPS}fps.json`);

function makeY4m(dir: string): string {
  if (!existsSync(VIDEO)) throw new Error(`bench video ${VIDEO} not found (set BENCH_VIDEO)`);
  const out = path.join(dir, "camera.y4m");
  const r = spawnSync("ffmpeg", ["-loglevel", "error", "-y", "-i", VIDEO, "-vf", "scale=640:-2,format=yuv420p", "-r", String(CAMERA_FPS), out]);
  if (r.status !== 0) throw new Error(`ffmpeg failed: ${r.stderr.toString()}`);
  return out;
}

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "bench-vision-"));
  const y4m = makeY4m(tmp);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: chromiumArgs(["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", `--use-file-for-fake-video-capture=${y4m}`]),
  });
  try {
    const page = await browser.newPage();
    const consoleErrors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    page.on("pageerror", (e) => consoleErrors.push(e.message));
    page.on("response", (r) => {
      if (r.status() >= 400) consoleErrors.push(`HTTP ${r.status()} ${r.url()}`);
    });
    const url = `${BASE_URL.replace(/\/$/, "")}/lab/vision${QUERY ? `?${QUERY}` : ""}`;
    await page.goto(url, { waitUntil: "load", timeout: 180_000 });
    const loadStart = Date.now();
    await page.waitForFunction(
      () => {
        const b = window.__visionBench;
        return b && (b.status === "error" || b.status === "camera-error" || b.framesAnalysed > 0);
      },
      undefined,
      { timeout: 180_000, polling: 500 },
    );
    const readyMs = Date.now() - loadStart;
    const early = await page.evaluate(() => window.__visionBench);
    if (!early || early.status === "error" || early.status === "camera-error") throw new Error(`vision failed to start: ${early?.error}`);
    // Warm-up counts towards nothing: measure from here.
    const before = early;
    await page.waitForTimeout(SECONDS * 1000);
    const after = await page.evaluate(() => window.__visionBench);
    if (!after) throw new Error("window.__visionBench disappeared");
    const span = after.elapsedS - before.elapsedS;
    const frames = after.framesAnalysed - before.framesAnalysed;
    const longTasksDuring = after.longTasks.entries.filter((e) => e.startTime >= before.elapsedS * 1000 + before.startedAt);
    const result = {
      measuredAt: new Date().toISOString(),
      url,
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? "unknown", loadAverage1m: os.loadavg()[0] },
      seconds: span,
      cameraFps: CAMERA_FPS,
      query: QUERY,
      firstFrameAfterLoadMs: readyMs,
      engine: after.engine,
      models: after.models,
      warnings: after.warnings,
      frameSize: after.frameSize,
      analysedFps: span > 0 ? Math.round((frames / span) * 10) / 10 : 0,
      emotionFps: span > 0 ? Math.round(((after.framesWithEmotion - before.framesWithEmotion) / span) * 10) / 10 : 0,
      faceShare: frames > 0 ? Math.round(((after.framesWithFace - before.framesWithFace) / frames) * 1000) / 1000 : 0,
      stageMsP50: after.stageMsP50,
      stageMsP95: after.stageMsP95,
      stageMsMean: after.stageMsMean,
      longTasks: { countDuringBench: longTasksDuring.length, countTotal: after.longTasks.count, maxMs: after.longTasks.maxMs, entries: longTasksDuring },
      targets: { analysedFps: 15, longTasksFromAnalysis: 0 },
      summary: after.summary,
      consoleErrors: consoleErrors.slice(0, 20),
    };
    mkdirSync(path.dirname(OUT), { recursive: true });
    writeFileSync(OUT, JSON.stringify(result, null, 2) + "\n");
    console.log(JSON.stringify(result, null, 2));
    console.log(`\nwrote ${path.relative(process.cwd(), OUT)}`);
  } finally {
    await browser.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function mainNode() {
  const { createNodeTfjsEngine } = await import("../lib/vision/node/human-models");
  const { decodeVideo } = await import("../lib/vision/node/video-frames");
  const video = decodeVideo(VIDEO, { fps: CAMERA_FPS, width: 640 });
  const { DEFAULT_EMOTION_MODEL } = await import("../lib/vision/model-registry");
  // the app's expression model, as the browser bench runs it
  const engine = await createNodeTfjsEngine({ emotionModel: DEFAULT_EMOTION_MODEL });
  const stages = ["preprocessMs", "detectMs", "landmarksMs", "emotionMs", "totalMs"] as const;
  const samples: Record<(typeof stages)[number], number[]> = { preprocessMs: [], detectMs: [], landmarksMs: [], emotionMs: [], totalMs: [] };
  // The detector runs only when no face is tracked: its figures cover the frames it ran on.
  let withFace = 0;
  let detections = 0;
  const wall = performance.now();
  for (const [i, frame] of video.frames.entries()) {
    const r = await engine.analyse(frame, { timestampMs: (i * 1000) / CAMERA_FPS });
    if (r.frame.faceFound) withFace++;
    if (r.timings.detectMs > 0) detections++;
    for (const s of stages) if (s !== "detectMs" || r.timings.detectMs > 0) samples[s].push(r.timings[s]);
  }
  const wallS = (performance.now() - wall) / 1000;
  const q = (xs: number[], p: number) => quantile(xs, p) ?? 0;
  const r1 = (x: number) => Math.round(x * 10) / 10;
  const result = {
    measuredAt: new Date().toISOString(),
    runtime: `node ${process.version}, tfjs wasm backend`,
    machine: { cpus: os.cpus().length, loadAverage1m: os.loadavg()[0] },
    video: path.basename(VIDEO),
    frames: video.frames.length,
    frameSize: { width: video.width, height: video.height },
    faceShare: r1((withFace / video.frames.length) * 1000) / 1000,
    detectorRuns: detections,
    framesPerSecond: r1(video.frames.length / wallS),
    stageMsP50: Object.fromEntries(stages.map((s) => [s, r1(q(samples[s], 0.5))])),
    stageMsP95: Object.fromEntries(stages.map((s) => [s, r1(q(samples[s], 0.95))])),
    models: engine.models,
  };
  engine.dispose();
  const out = path.join(path.dirname(OUT), "vision-node.json");
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(result, null, 2) + "\n");
  console.log(JSON.stringify(result, null, 2));
  console.log(`\nwrote ${path.relative(process.cwd(), out)}`);
}

(parseArgs({ options: { node: { type: "boolean" } } }).values.node ? mainNode() : main()).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
