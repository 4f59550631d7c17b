import type { GridCell, ScreenRegion } from "../constants";
import type { GazeCalibration, HeadPose } from "../schemas";
import { at, dist2d, LM, RAD_TO_DEG, type Point3 } from "./landmarks";

/**
 * Iris displacement over eye width for a given eye rotation: the iris centre sits ~13 mm from the
 * eyeball's centre of rotation and the eye opening is ~30 mm wide, so offset/width ~ 0.43 sin(angle).
 * Per-user calibration corrects the gain; this default only has to be roughly right.
 */
const IRIS_RADIUS_OVER_EYE_WIDTH = 0.43;

/**
 * Where the iris sits between the eye corners, as a fraction of eye width: h > 0 towards the
 * image's right, v > 0 towards the image's bottom (measured perpendicular to the corner line,
 * so head roll does not leak into it). Ratios survive foreshortening under head yaw.
 */
export function irisOffset(
  imageLeftCorner: Point3,
  imageRightCorner: Point3,
  iris: Point3,
): { h: number; v: number } {
  const width = dist2d(imageLeftCorner, imageRightCorner);
  if (width <= 0) return { h: 0, v: 0 };
  const ux = (imageRightCorner[0] - imageLeftCorner[0]) / width;
  const uy = (imageRightCorner[1] - imageLeftCorner[1]) / width;
  const mx = (imageLeftCorner[0] + imageRightCorner[0]) / 2;
  const my = (imageLeftCorner[1] + imageRightCorner[1]) / 2;
  const dx = iris[0] - mx;
  const dy = iris[1] - my;
  return { h: (dx * ux + dy * uy) / width, v: (-dx * uy + dy * ux) / width };
}

const asinDeg = (x: number) => Math.asin(Math.max(-1, Math.min(1, x))) * RAD_TO_DEG;
const DEG = Math.PI / 180;

/**
 * The eye's centre of rotation sits a little behind the line between its corners (~3 mm, a tenth of
 * the eye width), so turning the head alone shifts the iris slightly against the corners.
 */
export const EYEBALL_CENTRE_DEPTH_OVER_EYE_WIDTH = 0.1;

/**
 * How far the iris centre sits above the line between the eye corners when the eye looks straight
 * ahead, in eye widths. It is not zero: in most faces the outer corner sits slightly higher
 * than the inner one and the lids arch over the iris, so taking the corner line as "level" read
 * every at-camera look as a few degrees up, then as "off-screen, looking up".
 * Measured, not assumed: the median iris offset on six real people looking into the lens
 * (../shared/data/video, the at-camera spans of gaze-labels.tsv; the mean of the per-person
 * medians, which range 0.048-0.100 with a spread of 0.018, i.e. about +-2.5 degrees of gaze). Engines whose landmarks place the iris
 * differently pass their own value (see EngineGazeModel).
 */
export const TFJS_IRIS_RISE = 0.076;

/** What differs between landmark models: where each places a straight-ahead iris. */
export interface EngineGazeModel {
  irisRise: number;
}

export const TFJS_GAZE_MODEL: EngineGazeModel = { irisRise: TFJS_IRIS_RISE };
/** MediaPipe's face landmarker, measured the same way on the same six people (per-person medians 0.052-0.087). */
export const MEDIAPIPE_GAZE_MODEL: EngineGazeModel = { irisRise: 0.074 };

/**
 * Gaze direction relative to the camera axis (degrees; yaw > 0 towards the candidate's right,
 * pitch > 0 up) from where the irises sit between the eye corners, given the head pose.
 * Orthographic model: the iris lies k = 0.43 eye widths in front of the eyeball centre, which
 * sits d = 0.1 eye widths behind the corner line; under head yaw the projected eye width shrinks by
 * cos(yaw). Solving the projection for the total angle gives sin(gaze) = (d sin(head) - offset) / k,
 * which folds the head pose in without adding two noisy angles. The vertical offset is taken from
 * the straight-ahead iris position (irisRise, foreshortened by the head's pitch), not from the
 * corner line. Needs the 478-point set.
 */
export function gazeFromLandmarks(
  points: readonly Point3[],
  head: HeadPose,
  model: EngineGazeModel = TFJS_GAZE_MODEL,
): { yaw: number; pitch: number } {
  // The candidate's right eye is on the image's left: outer corner (33) left, inner (133) right.
  const right = irisOffset(at(points, LM.rightEyeOuter), at(points, LM.rightEyeInner), at(points, LM.rightIris));
  const left = irisOffset(at(points, LM.leftEyeInner), at(points, LM.leftEyeOuter), at(points, LM.leftIris));
  const k = IRIS_RADIUS_OVER_EYE_WIDTH;
  const d = EYEBALL_CENTRE_DEPTH_OVER_EYE_WIDTH;
  const yaw = head.yaw * DEG;
  const pitch = head.pitch * DEG;
  const h = (right.h + left.h) / 2;
  // Offsets are in projected eye widths, which shrink by cos(yaw): undo that for the vertical one.
  const v = ((right.v + left.v) / 2) * Math.cos(yaw) + model.irisRise * Math.cos(pitch);
  // Iris towards the image's right (h > 0) = looking to the candidate's left (negative yaw).
  return {
    yaw: asinDeg((d * Math.sin(yaw) - h * Math.cos(yaw)) / k),
    pitch: asinDeg((d * Math.sin(pitch) - v) / k),
  };
}

export function applyCalibration(
  gaze: { yaw: number; pitch: number },
  calibration: GazeCalibration | null,
): { yaw: number; pitch: number } {
  if (!calibration) return gaze;
  return {
    yaw: (gaze.yaw - calibration.yawOffset) * calibration.yawGain,
    pitch: (gaze.pitch - calibration.pitchOffset) * calibration.pitchGain,
  };
}

/**
 * Nominal screen seen from the candidate, in degrees relative to the camera (camera = 0,0):
 * a 13-16" laptop screen at 50-60 cm spans about +-16 deg horizontally and runs from just below
 * the camera to ~19 deg below it (centre 10 deg down, +-9 deg), so a look at a phone or a desk
 * below the screen reads as off-screen, down. Calibration gains map each user onto this geometry.
 */
export interface ScreenGeometry {
  centreYaw: number;
  centrePitch: number;
  halfWidthDeg: number;
  halfHeightDeg: number;
  /** Beyond this many half-sizes from the centre the gaze is off-screen (tolerates noise). */
  offScreenMargin: number;
  /** Angular radius around the camera that counts as eye contact. */
  eyeContactRadiusDeg: number;
}

export const DEFAULT_SCREEN: ScreenGeometry = {
  centreYaw: 0,
  centrePitch: -10,
  halfWidthDeg: 16,
  halfHeightDeg: 9,
  offScreenMargin: 1.15,
  eyeContactRadiusDeg: 7,
};

export interface ScreenGaze {
  screenX: number;
  screenY: number;
  gridCell: GridCell | null;
  screenRegion: ScreenRegion;
  eyeContact: boolean;
}

const ROWS = ["top", "middle", "bottom"] as const;
const COLS = ["left", "centre", "right"] as const;

/** Maps a (calibrated) gaze direction onto the screen grid, region and eye contact. */
export function gazeToScreen(gaze: { yaw: number; pitch: number }, screen: ScreenGeometry = DEFAULT_SCREEN): ScreenGaze {
  const screenX = (gaze.yaw - screen.centreYaw) / screen.halfWidthDeg;
  const screenY = (gaze.pitch - screen.centrePitch) / screen.halfHeightDeg;
  const eyeContact = Math.hypot(gaze.yaw, gaze.pitch) <= screen.eyeContactRadiusDeg;
  const offScreen = Math.abs(screenX) > screen.offScreenMargin || Math.abs(screenY) > screen.offScreenMargin;
  // The camera sits just above the screen: looking at it is eye contact, never "looking away",
  // so it is counted in the nearest cell (top-centre) rather than off-screen.
  if (offScreen && !eyeContact) return { screenX, screenY, gridCell: null, screenRegion: "off-screen", eyeContact };
  const col = COLS[screenX < -1 / 3 ? 0 : screenX > 1 / 3 ? 2 : 1];
  const row = ROWS[screenY > 1 / 3 ? 0 : screenY < -1 / 3 ? 2 : 1];
  const gridCell = `${row}-${col}` as const;
  return { screenX, screenY, gridCell, screenRegion: gridCell === "middle-centre" ? "centre" : "border", eyeContact };
}
