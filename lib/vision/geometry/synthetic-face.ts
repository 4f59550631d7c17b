/**
 * Test helper: a 478-point landmark set for a face with a known head pose and eye rotation,
 * projected orthographically into a 640x480 image. Only the indices the geometry reads are placed
 * (the rest stay at the face centre). Units follow the engines: pixels, z away from the camera.
 */
import { TFJS_IRIS_RISE } from "./gaze";
import { LM, MESH_WITH_IRIS_POINTS, type Point3 } from "./landmarks";

const DEG = Math.PI / 180;

export interface SyntheticFaceOptions {
  headYaw?: number;
  headPitch?: number;
  headRoll?: number;
  eyeYaw?: number;
  eyePitch?: number;
  /** Eye-aspect ratio of both eyes (0.3 open, 0.05 closed). */
  ear?: number;
  /** Brow height above the eye centre, in eye widths (1.1 relaxed, 1.4 raised). */
  brow?: number;
  centre?: [number, number];
  scale?: number;
  /** How far a straight-ahead iris sits above the corner line, in eye widths (real faces: ~0.05-0.1). */
  irisRise?: number;
}

/** Rotates a head-frame point (x right in image, y down, z away from camera) by yaw, pitch, roll. */
function rotate(p: [number, number, number], yaw: number, pitch: number, roll: number): [number, number, number] {
  // Yaw > 0 turns the face towards the image's left (candidate's right): the face normal (0,0,-1) gets x < 0.
  const cy = Math.cos(yaw);
  const sy = Math.sin(yaw);
  let [x, y, z] = p;
  [x, z] = [x * cy + z * sy, -x * sy + z * cy];
  // Pitch > 0 lifts the chin: the face normal gets y < 0 (image up).
  const cp = Math.cos(pitch);
  const sp = Math.sin(pitch);
  [y, z] = [y * cp + z * sp, -y * sp + z * cp];
  // Roll > 0 lowers the image-right side.
  const cr = Math.cos(roll);
  const sr = Math.sin(roll);
  [x, y] = [x * cr - y * sr, x * sr + y * cr];
  return [x, y, z];
}

export function syntheticFace(options: SyntheticFaceOptions = {}): Point3[] {
  const {
    headYaw = 0,
    headPitch = 0,
    headRoll = 0,
    eyeYaw = 0,
    eyePitch = 0,
    ear = 0.3,
    brow = 1.18,
    centre = [320, 240],
    scale = 1,
    irisRise = TFJS_IRIS_RISE,
  } = options;
  // Head frame in millimetres-ish, x towards the image's right for a frontal face.
  const eyeWidth = 30;
  const eyeball = 0.43 * eyeWidth;
  const eye = (cx: number) => ({ outer: cx < 0 ? cx - 15 : cx + 15, inner: cx < 0 ? cx + 15 : cx - 15 });
  const right = eye(-32); // candidate's right eye, image left
  const left = eye(32);
  const base: Partial<Record<number, [number, number, number]>> = {
    [LM.foreheadTop]: [0, -90, -5],
    [LM.chin]: [0, 100, -5],
    [LM.rightCheek]: [-75, 0, 40],
    [LM.leftCheek]: [75, 0, 40],
    [LM.noseTip]: [0, 20, -40],
    [LM.rightEyeOuter]: [right.outer, 0, 0],
    [LM.rightEyeInner]: [right.inner, 0, 0],
    [LM.rightEyeUpper]: [-32, (-ear * eyeWidth) / 2, -2],
    [LM.rightEyeLower]: [-32, (ear * eyeWidth) / 2, -2],
    [LM.leftEyeInner]: [left.inner, 0, 0],
    [LM.leftEyeOuter]: [left.outer, 0, 0],
    [LM.leftEyeUpper]: [32, (-ear * eyeWidth) / 2, -2],
    [LM.leftEyeLower]: [32, (ear * eyeWidth) / 2, -2],
    [LM.rightBrow]: [-32, -brow * eyeWidth, -4],
    [LM.leftBrow]: [32, -brow * eyeWidth, -4],
  };
  // Iris on the eyeball surface: looking to the candidate's right (eyeYaw > 0) moves it to the image's left.
  // The eyeball centre sits 0.1 eye widths behind the corner line (as the gaze model assumes).
  const depth = 0.1 * eyeWidth;
  const irisAt = (cx: number): [number, number, number] => [
    cx - eyeball * Math.sin(eyeYaw * DEG) * Math.cos(eyePitch * DEG),
    -irisRise * eyeWidth - eyeball * Math.sin(eyePitch * DEG),
    depth - eyeball * Math.cos(eyeYaw * DEG) * Math.cos(eyePitch * DEG),
  ];
  base[LM.rightIris] = irisAt(-32);
  base[LM.leftIris] = irisAt(32);
  const out: Point3[] = [];
  for (let i = 0; i < MESH_WITH_IRIS_POINTS; i++) {
    const p = base[i] ?? [0, 0, 0];
    const r = rotate(p, headYaw * DEG, headPitch * DEG, headRoll * DEG);
    out.push([centre[0] + r[0] * scale, centre[1] + r[1] * scale, r[2] * scale]);
  }
  return out;
}
