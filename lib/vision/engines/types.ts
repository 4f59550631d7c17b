import type { VisionEngineId } from "../constants";
import type { Point3 } from "../geometry/landmarks";
import type { GazeCalibration, ModelRef, StageTimings, VisionFrame } from "../schemas";

/** A decoded video frame: RGB or RGBA bytes, row-major, no padding. */
export interface RawFrame {
  data: Uint8Array | Uint8ClampedArray;
  width: number;
  height: number;
  channels: 3 | 4;
}

export interface AnalyseOptions {
  timestampMs: number;
  calibration?: GazeCalibration | null;
  /** Run the expression model on this frame (callers may run it at a lower rate than landmarks). */
  runEmotion?: boolean;
}

export interface FaceAnalysis {
  frame: VisionFrame;
  /** 478 landmarks in frame pixels (for overlays and calibration UIs); null without a face. */
  landmarks: Point3[] | null;
  /** Uncalibrated gaze, for collecting calibration samples. */
  rawGaze: { yaw: number; pitch: number } | null;
  timings: StageTimings;
}

/** Both engines (tfjs + Human models, MediaPipe FaceLandmarker) implement this; nothing downstream knows which ran. */
export interface FaceEngine {
  readonly id: VisionEngineId;
  readonly models: ModelRef[];
  analyse(frame: RawFrame, options: AnalyseOptions): Promise<FaceAnalysis>;
  /** Forget the tracked face (e.g. between answers). */
  reset(): void;
  dispose(): void;
}
