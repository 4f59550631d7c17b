/**
 * MediaPipe face-mesh indices used by the geometry. Both engines emit landmarks in this
 * numbering (468 mesh points + 10 iris points = 478), in image pixels, z towards the camera negative.
 * "Right"/"left" are the candidate's own sides (their right eye appears on the image's left).
 */
export type Point3 = readonly [number, number, number];

export const LM = {
  foreheadTop: 10,
  chin: 152,
  rightCheek: 234,
  leftCheek: 454,
  noseTip: 1,
  rightEyeOuter: 33,
  rightEyeInner: 133,
  rightEyeUpper: 159,
  rightEyeLower: 145,
  leftEyeInner: 362,
  leftEyeOuter: 263,
  leftEyeUpper: 386,
  leftEyeLower: 374,
  rightBrow: 105,
  leftBrow: 334,
  /** Iris centres (refined landmarks). */
  rightIris: 468,
  leftIris: 473,
} as const;

export const MESH_POINTS = 468;
export const MESH_WITH_IRIS_POINTS = 478;

export function sub(a: Point3, b: Point3): [number, number, number] {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}

export function dist2d(a: Point3, b: Point3): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

export function midpoint(a: Point3, b: Point3): [number, number, number] {
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];
}

/** Landmark accessor that fails loudly: a missing index means the wrong model output upstream. */
export function at(points: readonly Point3[], index: number): Point3 {
  const p = points[index];
  if (!p) throw new Error(`landmark ${index} missing (have ${points.length})`);
  return p;
}

export const RAD_TO_DEG = 180 / Math.PI;
