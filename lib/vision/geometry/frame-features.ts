import type { EyeRegion, GazeCalibration, Gaze, HeadPose } from "../schemas";
import type { GridCell, ScreenRegion } from "../constants";
import { eyeRegionFromBlendshapes, eyeRegionFromLandmarks } from "./eye-region";
import { applyCalibration, DEFAULT_SCREEN, gazeFromLandmarks, gazeToScreen, TFJS_GAZE_MODEL, type EngineGazeModel, type ScreenGeometry } from "./gaze";
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
  /** The lids were judged closed, so no gaze was read. */
  eyesClosed: boolean;
}

/** Everything the frame needs that geometry alone can answer; shared by both engines. */
export function featuresFromLandmarks(
  points: readonly Point3[],
  options: {
    calibration?: GazeCalibration | null;
    screen?: ScreenGeometry;
    blendshapes?: Readonly<Record<string, number>> | null;
    /** Where this engine's landmarks put a straight-ahead iris (default: the tfjs mesh's). */
    model?: EngineGazeModel;
    /** Openness below which the eyes count as closed (default EYES_CLOSED_OPENNESS; GazeTracker raises it per person). */
    closedBelow?: number;
    /** Filters the raw gaze before calibration (GazeTracker's temporal median). */
    filterRawGaze?: (raw: { yaw: number; pitch: number }) => { yaw: number; pitch: number };
  } = {},
): LandmarkFeatures {
  const head = headPoseFromLandmarks(points);
  const eyes = options.blendshapes ? eyeRegionFromBlendshapes(options.blendshapes) : eyeRegionFromLandmarks(points);
  // With the lids (nearly) shut the iris position is a guess: report no gaze ("eyes closed") rather
  // than a wrong one, so a blink or closed eyes never reads as looking down or away.
  const eyesClosed = eyes.openness < (options.closedBelow ?? EYES_CLOSED_OPENNESS);
  if (points.length < MESH_WITH_IRIS_POINTS || eyesClosed) {
    return { head, gaze: null, rawGaze: null, gridCell: null, screenRegion: null, eyeContact: null, eyes, eyesClosed };
  }
  const measured = gazeFromLandmarks(points, head, options.model ?? TFJS_GAZE_MODEL);
  const raw = options.filterRawGaze ? options.filterRawGaze(measured) : measured;
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
    eyesClosed: false,
  };
}
