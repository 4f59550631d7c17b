/**
 * Runs a face engine over labelled videos and scores its gaze against the labels: the loop behind
 * `npm run eval:gaze` and the gaze accuracy test. Frames are decoded with ffmpeg at `fps`, scaled
 * down (never up) to the width the live pipeline analyses; the summary is the app's own, over the
 * labelled frames only, as the report would show it.
 */
import "server-only";
import { existsSync } from "node:fs";
import path from "node:path";
import { labelAt, scoreVideo, type LabelSpan, type VideoGazeScore } from "../analysis/gaze-agreement";
import { summariseAnswer } from "../analysis/summary";
import { ANALYSIS_FRAME_WIDTH } from "../constants";
import type { FaceEngine } from "../engines/types";
import type { GazeCalibration, VisionFrame } from "../schemas";
import { decodeVideo, probeVideo } from "./video-frames";

export interface GazeEvaluationOptions {
  fps: number;
  calibration: GazeCalibration | null;
  /** Called after each video, e.g. to print its line. */
  onVideo?: (score: VideoGazeScore) => void;
}

async function analyseVideo(engine: FaceEngine, file: string, options: GazeEvaluationOptions): Promise<VisionFrame[]> {
  const width = Math.min(ANALYSIS_FRAME_WIDTH, probeVideo(file).width);
  const video = decodeVideo(file, { fps: options.fps, width, channels: engine.id === "mediapipe-face-landmarker" ? 4 : 3 });
  engine.reset();
  const frames: VisionFrame[] = [];
  for (const [i, raw] of video.frames.entries()) {
    const result = await engine.analyse(raw, { timestampMs: (i * 1000) / options.fps, calibration: options.calibration, runEmotion: false });
    frames.push(result.frame);
  }
  return frames;
}

/** Scores every labelled video; video paths in `labels` are relative to `baseDir`. */
export async function evaluateGaze(
  engine: FaceEngine,
  labels: ReadonlyMap<string, readonly LabelSpan[]>,
  baseDir: string,
  options: GazeEvaluationOptions,
): Promise<{ scores: VideoGazeScore[]; framesAnalysed: number }> {
  const scores: VideoGazeScore[] = [];
  let framesAnalysed = 0;
  for (const [file, spans] of labels) {
    const videoPath = path.resolve(baseDir, file);
    if (!existsSync(videoPath)) throw new Error(`${file} (from the labels) not found at ${videoPath}`);
    const frames = await analyseVideo(engine, videoPath, options);
    framesAnalysed += frames.length;
    const labelled = frames.filter((f) => labelAt(spans, f.timestampMs / 1000) !== null);
    const last = frames.at(-1);
    const summary = summariseAnswer(labelled, {
      startMs: 0,
      endMs: last ? last.timestampMs + 1000 / options.fps : 0,
      engine: engine.id,
      models: engine.models,
      calibrationUsed: options.calibration !== null,
    });
    const score = scoreVideo(file, frames, spans, summary);
    scores.push(score);
    options.onVideo?.(score);
  }
  return { scores, framesAnalysed };
}
