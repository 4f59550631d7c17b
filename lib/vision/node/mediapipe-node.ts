/**
 * MediaPipe's FaceLandmarker engine for Node callers (eval:gaze, tests). The app's own
 * MediaPipeFaceEngine runs unchanged inside the app's vision worker, in headless Chromium
 * (browser-vision.ts says why not plain Node: tasks-vision needs WebGL for its image input).
 * No "server-only": vitest and scripts import it.
 */
import path from "node:path";
import type { EmotionChoiceId } from "../model-registry";
import { startBrowserVision, type BrowserFaceEngine } from "./browser-vision";

/** FACE_LANDMARKER_MODEL (relative to the repository, as the app reads it), else ../shared/models/face_landmarker.task. */
export function defaultFaceLandmarkerModelPath(repoRoot = process.cwd()): string {
  return path.resolve(repoRoot, process.env.FACE_LANDMARKER_MODEL ?? "../shared/models/face_landmarker.task");
}

export async function createNodeMediaPipeEngine(options: {
  modelPath: string;
  emotion?: boolean;
  emotionModel?: EmotionChoiceId;
}): Promise<BrowserFaceEngine> {
  return startBrowserVision({ faceLandmarkerModel: options.modelPath, emotion: options.emotion, emotionModel: options.emotionModel });
}
