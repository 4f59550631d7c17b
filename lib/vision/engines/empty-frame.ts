import type { VisionFrame } from "../schemas";

/** The frame both engines report when no face is in view. */
export function emptyVisionFrame(timestampMs: number): VisionFrame {
  return {
    timestampMs,
    faceFound: false,
    faceScore: 0,
    box: null,
    emotions: null,
    gaze: null,
    gridCell: null,
    screenRegion: null,
    eyeContact: null,
    head: null,
    eyes: null,
    calibrated: false,
  };
}
