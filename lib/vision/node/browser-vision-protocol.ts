/** What browser-vision.ts (Node) calls on its Chromium page (browser-vision-page.ts), and gets back. */
import type { ReadyInfo } from "../worker/vision-client";
import type { VisionWorkerConfig } from "../worker/protocol";
import type { GazeCalibration, StageTimings, VisionFrame } from "../schemas";

export interface PageFrameRequest {
  /** Same-origin URL answering the frame's RGBA bytes. */
  frameUrl: string;
  width: number;
  height: number;
  timestampMs: number;
  calibration: GazeCalibration | null;
  runEmotion: boolean;
}

export interface PageAnalysis {
  frame: VisionFrame;
  rawGaze: { yaw: number; pitch: number } | null;
  timings: StageTimings & { readPixelsMs: number };
  /** x, y, z per landmark as float32 bytes in base64: Playwright serialises a number array element by element, several times slower. */
  landmarksBase64: string | null;
}

export interface BrowserVisionPage {
  init(config: Partial<VisionWorkerConfig>): Promise<ReadyInfo>;
  analyse(request: PageFrameRequest): Promise<PageAnalysis>;
  reset(): Promise<void>;
}
