/**
 * The vision worker configuration the server hands to the browser, from the environment:
 * which expression model to run, and the MediaPipe engine when a landmarker model is configured.
 */
import { env } from "@/lib/env";
import type { VisionWorkerConfig } from "./worker/protocol";

export function browserVisionConfig(): Partial<VisionWorkerConfig> {
  return {
    emotionModel: env.EMOTION_MODEL,
    faceLandmarker: env.FACE_LANDMARKER_MODEL
      ? { modelUrl: "/api/models/face-landmarker", wasmBaseUrl: "/vendor/mediapipe-wasm/" }
      : null,
  };
}
