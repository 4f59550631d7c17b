import type { HeadPose } from "../schemas";
import { at, LM, RAD_TO_DEG, sub, type Point3 } from "./landmarks";

type Vec3 = [number, number, number];

function normalize(v: Vec3): Vec3 {
  const n = Math.hypot(v[0], v[1], v[2]) || 1;
  return [v[0] / n, v[1] / n, v[2] / n];
}

function cross(a: Vec3, b: Vec3): Vec3 {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

/**
 * Head pose from four stable mesh points (forehead, chin, both cheek edges), in degrees.
 * Image axes: x right, y down, z away from the camera. Conventions (candidate's point of view):
 * yaw > 0 = head turned to the candidate's right, pitch > 0 = chin up, roll > 0 = head tilted
 * towards the candidate's left shoulder (image-right side lower).
 * x and z must share a scale (both engines scale z like x).
 */
export function headPoseFromLandmarks(points: readonly Point3[]): HeadPose {
  const xAxis0 = normalize(sub(at(points, LM.leftCheek), at(points, LM.rightCheek)));
  const yAxis = normalize(sub(at(points, LM.chin), at(points, LM.foreheadTop)));
  // z points out of the back of the head (away from the camera when frontal).
  const zAxis = normalize(cross(xAxis0, yAxis));
  const xAxis = cross(yAxis, zAxis);
  const yaw = Math.atan2(zAxis[0], zAxis[2]);
  const pitch = Math.atan2(zAxis[1], Math.hypot(zAxis[0], zAxis[2]));
  const roll = Math.atan2(xAxis[1], xAxis[0]);
  return { yaw: yaw * RAD_TO_DEG, pitch: pitch * RAD_TO_DEG, roll: roll * RAD_TO_DEG };
}

/** Angle of the line between the two eye centres in the image (radians), used to align crops. */
export function eyeLineAngle(points: readonly Point3[]): number {
  const r = at(points, LM.rightEyeOuter);
  const ri = at(points, LM.rightEyeInner);
  const l = at(points, LM.leftEyeOuter);
  const li = at(points, LM.leftEyeInner);
  const rx = (r[0] + ri[0]) / 2;
  const ry = (r[1] + ri[1]) / 2;
  const lx = (l[0] + li[0]) / 2;
  const ly = (l[1] + li[1]) / 2;
  return Math.atan2(ly - ry, lx - rx);
}
