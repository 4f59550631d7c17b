/**
 * Eye contact and gaze direction against human labels, on real video:
 *
 *   npm run eval:gaze -- <labels.tsv> [--engine tfjs|mediapipe] [--fps 10] [--calibration <file.json>]
 *
 * Runs the app's own vision code (the worker's engine and the same summary) in Node over
 * ffmpeg-decoded frames. Labels: a TSV with a header, `file, start_s, end_s, label`, video paths
 * relative to the TSV; frames outside every span are not scored. Prints per-video and overall
 * figures, writes bench/results/gaze-<set>.json; the LAST stdout line is one JSON object.
 */
import "./lib/react-server";
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { GAZE_CLASSES, overallGazeScore, parseGazeLabels, type VideoGazeScore } from "../lib/vision/analysis/gaze-agreement";
import { VISION_ALGORITHM_VERSION } from "../lib/vision/constants";
import type { FaceEngine } from "../lib/vision/engines/types";
import { evaluateGaze } from "../lib/vision/node/gaze-evaluation";
import { gazeCalibrationSchema, type GazeCalibration } from "../lib/vision/schemas";
import { fail } from "./lib/cli";
import { writeEvalResult } from "./lib/eval-results";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    engine: { type: "string", default: "tfjs" },
    fps: { type: "string", default: "10" },
    calibration: { type: "string" },
  },
});
const labelsPath = positionals[0];
if (!labelsPath) fail("usage: npm run eval:gaze -- <labels.tsv> [--engine tfjs|mediapipe] [--fps 10] [--calibration <file.json>]", 2);
if (!existsSync(labelsPath)) fail(`eval:gaze: no labels file at ${labelsPath}`, 2);
const engineId = z.enum(["tfjs", "mediapipe"]).safeParse(values.engine);
if (!engineId.success) fail(`eval:gaze: --engine must be tfjs or mediapipe, not ${values.engine}`, 2);
const fps = Number(values.fps);
if (!Number.isFinite(fps) || fps <= 0 || fps > 60) fail(`eval:gaze: --fps must be a number in (0, 60], not ${values.fps}`, 2);
let calibration: GazeCalibration | null = null;
if (values.calibration) calibration = gazeCalibrationSchema.parse(JSON.parse(readFileSync(values.calibration, "utf8")));

async function createEngine(): Promise<FaceEngine> {
  if (engineId.data === "mediapipe") {
    const { createNodeMediaPipeEngine, defaultFaceLandmarkerModelPath } = await import("../lib/vision/node/mediapipe-node");
    const modelPath = defaultFaceLandmarkerModelPath();
    if (!existsSync(modelPath)) fail(`eval:gaze: MediaPipe's face_landmarker.task not found at ${modelPath} (set FACE_LANDMARKER_MODEL)`, 2);
    return createNodeMediaPipeEngine({ modelPath, emotion: false });
  }
  const { createNodeTfjsEngine } = await import("../lib/vision/node/human-models");
  return createNodeTfjsEngine({ emotion: false });
}

const pct = (x: number | null) => (x === null ? "  -  " : `${(x * 100).toFixed(1).padStart(5)}%`);

async function main() {
  const labels = parseGazeLabels(readFileSync(labelsPath!, "utf8"));
  const baseDir = path.dirname(path.resolve(labelsPath!));
  const engine = await createEngine();
  const started = performance.now();
  let scores: VideoGazeScore[];
  let framesAnalysed: number;
  try {
    ({ scores, framesAnalysed } = await evaluateGaze(engine, labels, baseDir, {
      fps,
      calibration,
      onVideo: (score) =>
        console.log(
          `${score.file.padEnd(36)} eye contact ${pct(score.eyeContactShare)} (label ${pct(score.labelAtCameraShare)})  agreement ${pct(score.frameAgreement)}  away: ${score.dominantAwayDirection ?? "none"} (label ${score.labelDominantAwayDirection ?? "none"})  frames ${score.labelledFrames}`,
        ),
    }));
  } finally {
    // The MediaPipe engine runs in headless Chromium: wait for it to close before exiting.
    if ("close" in engine && typeof engine.close === "function") await (engine.close as () => Promise<void>).call(engine);
    else engine.dispose();
  }
  const overall = overallGazeScore(scores);
  const seconds = (performance.now() - started) / 1000;
  console.log(`\noverall: eye-contact error mean ${pct(overall.eyeContactMeanAbsError)}, max ${pct(overall.eyeContactMaxAbsError)}; ${overall.videosWithin10Points}/${scores.length} videos within 10 points`);
  console.log(`frame agreement ${pct(overall.frameAgreement)} over ${overall.labelledFrames} labelled frames; away direction right on ${overall.directionMatches}/${overall.videosWithAwayLabels}; eyes-closed frames read as a direction: ${overall.closedReadAsDirection}`);
  console.log(`confusion (rows: label, columns: product) ${GAZE_CLASSES.join(" / ")}`);
  for (const row of GAZE_CLASSES) console.log(`  ${row.padEnd(12)} ${GAZE_CLASSES.map((c) => String(overall.confusion[row][c]).padStart(6)).join("")}`);
  const result = {
    engine: engine.id,
    algorithmVersion: VISION_ALGORITHM_VERSION,
    calibrated: calibration !== null,
    fps,
    videos: scores,
    overall,
    timing: { framesAnalysed, seconds: Math.round(seconds * 10) / 10, loadAverage1m: os.loadavg()[0], cpus: os.cpus().length },
  };
  // One file per engine and data set: bench/results/gaze-<set>.json (tfjs) or gaze-mediapipe-<set>.json.
  const written = writeEvalResult("gaze", labelsPath!, result, engineId.data === "tfjs" ? undefined : "mediapipe");
  console.log(`wrote ${path.relative(process.cwd(), written)}`);
  console.log(JSON.stringify(result));
}

main().catch((error: unknown) => fail(`eval:gaze: ${error instanceof Error ? error.message : String(error)}`));
