/** The per-frame results both engines report, built one way so nothing downstream knows which ran. */
import type { LandmarkFeatures } from "../geometry/frame-features";
import type { Point3 } from "../geometry/landmarks";
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
    eyesClosed: false,
  };
}

/** Axis-aligned bounds of landmarks, in the landmarks' own (pixel) units. */
export function landmarkBounds(points: readonly Point3[]) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of points) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** The frame for a found face: the box normalised to the frame so it does not depend on the camera. */
export function faceVisionFrame(input: {
  timestampMs: number;
  faceScore: number;
  box: { x: number; y: number; width: number; height: number };
  frameSize: { width: number; height: number };
  emotions: VisionFrame["emotions"];
  features: LandmarkFeatures;
  calibrationUsed: boolean;
}): VisionFrame {
  const { box, frameSize, features } = input;
  return {
    timestampMs: input.timestampMs,
    faceFound: true,
    faceScore: Math.min(1, Math.max(0, input.faceScore)),
    box: { x: box.x / frameSize.width, y: box.y / frameSize.height, width: box.width / frameSize.width, height: box.height / frameSize.height },
    emotions: input.emotions,
    gaze: features.gaze,
    gridCell: features.gridCell,
    screenRegion: features.screenRegion,
    eyeContact: features.eyeContact,
    head: features.head,
    eyes: features.eyes,
    calibrated: input.calibrationUsed && features.gaze !== null,
    eyesClosed: features.eyesClosed,
  };
}
