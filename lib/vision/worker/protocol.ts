/**
 * Typed messages between the page and vision.worker.ts. Every message carries the id of the request
 * it belongs to; the worker answers each request with progress* then exactly one of ready | result | error.
 */
import type { VisionEngineId } from "../constants";
import type { EmotionChoiceId } from "../model-registry";
import type { GazeCalibration, ModelRef, StageTimings, VisionFrame } from "../schemas";

export interface VisionWorkerConfig {
  /** URL folder holding blazeface/facemesh/iris/emotion .json + .bin (default /models/human). */
  modelBaseUrl: string;
  /** URL folder of the tfjs wasm binaries (default /vendor/tfjs-wasm/). */
  wasmBaseUrl: string;
  /** Registry id of the expression model or ensemble (falls back to human-emotion if it cannot load). */
  emotionModel: EmotionChoiceId;
  /** MediaPipe FaceLandmarker: when a model URL is given, that engine runs instead of the tfjs one. */
  faceLandmarker?: { modelUrl: string; wasmBaseUrl: string } | null;
}

export type VisionRequest =
  | { type: "init"; id: number; config: VisionWorkerConfig }
  | {
      type: "frame";
      id: number;
      /** Transferred, and closed by the worker once read. */
      bitmap: ImageBitmap;
      timestampMs: number;
      calibration: GazeCalibration | null;
      runEmotion: boolean;
      /** Return the 478 landmarks too (costs a copy; for overlays and debugging). */
      wantLandmarks: boolean;
    }
  | { type: "reset"; id: number };

export interface FrameResult {
  frame: VisionFrame;
  rawGaze: { yaw: number; pitch: number } | null;
  timings: StageTimings & { readPixelsMs: number };
  /** x, y, z per landmark (478 * 3), frame pixels. */
  landmarks: Float32Array | null;
  frameWidth: number;
  frameHeight: number;
}

export type VisionResponse =
  | { type: "progress"; id: number; stage: "backend" | "models"; loaded: number; total: number }
  | { type: "ready"; id: number; engine: VisionEngineId; models: ModelRef[]; backend: string; warnings: string[] }
  | { type: "result"; id: number; status: "done"; result: FrameResult }
  /** The worker was busy with another frame: this one was closed unread (frames are never queued). */
  | { type: "result"; id: number; status: "dropped" }
  | { type: "result"; id: number; status: "reset" }
  | { type: "error"; id: number; message: string };
