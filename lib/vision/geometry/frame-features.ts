import type { EyeRegion, GazeCalibration, Gaze, HeadPose } from "../schemas";
import type { GridCell, ScreenRegion } from "../constants";
import { eyeRegionFromBlendshapes, eyeRegionFromLandmarks } from "./eye-region";
import { applyCalibration, DEFAULT_SCREEN, gazeFromLandmarks, gazeToScreen, type ScreenGeometry } from "./gaze";
import { headPoseFromLandmarks } from "./head-pose";
import { MESH_WITH_IRIS_POINTS, type Point3 } from "./landmarks";

/** Below this openness (0..1) both eyes count as closed for gaze purposes. */
export const EYES_CLOSED_OPENNESS = 0.25;

export interface LandmarkFeatures {
  head: HeadPose;
  /** Null when the landmark set has no iris points. */
  gaze: Gaze | null;
  /** Uncalibrated gaze, kept so a calibration UI can collect samples. */
  rawGaze: { yaw: number; pitch: number } | null;
  gridCell: GridCell | null;
  screenRegion: ScreenRegion | null;
  eyeContact: boolean | null;
  eyes: EyeRegion;
}

/** Everything the frame needs that geometry alone can answer; shared by both engines. */
export function featuresFromLandmarks(
  points: readonly Point3[],
  options: {
    calibration?: GazeCalibration | null;
    screen?: ScreenGeometry;
    blendshapes?: Readonly<Record<string, number>> | null;
  } = {},
): LandmarkFeatures {
  const head = headPoseFromLandmarks(points);
  const eyes = options.blendshapes ? eyeRegionFromBlendshapes(options.blendshapes) : eyeRegionFromLandmarks(points);
  // With the lids (nearly) shut the iris position is a guess: report no gaze rather than a wrong one.
  if (points.length < MESH_WITH_IRIS_POINTS || eyes.openness < EYES_CLOSED_OPENNESS) {
    return { head, gaze: null, rawGaze: null, gridCell: null, screenRegion: null, eyeContact: null, eyes };
  }
  const raw = gazeFromLandmarks(points, head);
  const calibrated = applyCalibration(raw, options.calibration ?? null);
  const screen = gazeToScreen(calibrated, options.screen ?? DEFAULT_SCREEN);
  const clampDeg = (v: number) => Math.max(-180, Math.min(180, v));
  return {
    head,
    gaze: {
      yaw: clampDeg(calibrated.yaw),
      pitch: clampDeg(calibrated.pitch),
      screenX: Math.max(-50, Math.min(50, screen.screenX)),
      screenY: Math.max(-50, Math.min(50, screen.screenY)),
    },
    rawGaze: raw,
    gridCell: screen.gridCell,
    screenRegion: screen.screenRegion,
    eyeContact: screen.eyeContact,
    eyes,
  };
}
