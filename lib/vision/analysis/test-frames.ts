/** Test helper: per-frame results with sensible defaults (a face looking at the screen centre). */
import { emptyVisionFrame } from "../engines/frames";
import type { EmotionProbabilities, VisionFrame } from "../schemas";

export const NEUTRAL: EmotionProbabilities = { angry: 0, disgust: 0, fear: 0, happy: 0, sad: 0, surprise: 0, neutral: 1 };
export const HAPPY: EmotionProbabilities = { ...NEUTRAL, happy: 1, neutral: 0 };

export function frame(timestampMs: number, overrides: Partial<VisionFrame> = {}): VisionFrame {
  return {
    timestampMs,
    faceFound: true,
    faceScore: 0.99,
    box: { x: 0.4, y: 0.3, width: 0.2, height: 0.3 },
    emotions: NEUTRAL,
    gaze: { yaw: 0, pitch: -12, screenX: 0, screenY: 0 },
    gridCell: "middle-centre",
    screenRegion: "centre",
    eyeContact: false,
    head: { yaw: 0, pitch: 0, roll: 0 },
    eyes: { openness: 0.9, leftOpenness: 0.9, rightOpenness: 0.9, browRaise: 0.2, squint: 0, source: "landmarks" },
    calibrated: false,
    eyesClosed: false,
    ...overrides,
  };
}

const { timestampMs: _unused, ...noFaceFields } = emptyVisionFrame(0);
export const NO_FACE: Partial<VisionFrame> = noFaceFields;

/** Frames every `stepMs` from `fromMs` (inclusive) to `toMs` (exclusive). */
export function frames(fromMs: number, toMs: number, stepMs: number, overrides: Partial<VisionFrame> | ((t: number) => Partial<VisionFrame>) = {}): VisionFrame[] {
  const out: VisionFrame[] = [];
  for (let t = fromMs; t < toMs; t += stepMs) out.push(frame(t, typeof overrides === "function" ? overrides(t) : overrides));
  return out;
}
