/**
 * MediaPipe's FaceLandmarker engine for Node callers (eval:gaze, tests). The app's own
 * MediaPipeFaceEngine runs unchanged inside the app's vision worker, in headless Chromium
 * (browser-vision.ts says why not plain Node: tasks-vision needs WebGL for its image input).
 */
import "server-only";
import path from "node:path";
import { sharedDir } from "../../testing/shared-data";
import type { EmotionChoiceId } from "../model-registry";
import { startBrowserVision, type BrowserFaceEngine } from "./browser-vision";

/** FACE_LANDMARKER_MODEL (relative to the repository, as the app reads it), else the shared folder's models/face_landmarker.task. */
export function defaultFaceLandmarkerModelPath(repoRoot = process.cwd()): string {
  const configured = process.env.FACE_LANDMARKER_MODEL;
  return configured ? path.resolve(repoRoot, configured) : path.join(sharedDir(repoRoot), "models/face_landmarker.task");
}

export async function createNodeMediaPipeEngine(options: {
  modelPath: string;
  emotion?: boolean;
  emotionModel?: EmotionChoiceId;
}): Promise<BrowserFaceEngine> {
  return startBrowserVision({ faceLandmarkerModel: options.modelPath, emotion: options.emotion, emotionModel: options.emotionModel });
}
