import { clamp01 } from "../../stats";
import type { EyeRegion } from "../schemas";
import { at, dist2d, LM, type Point3 } from "./landmarks";

/**
 * Eye-aspect ratio (lid gap / eye width) of a wide-open eye is about 0.3; a closed eye is
 * below 0.1. Dividing by 0.32 maps typical open eyes to ~0.8-0.95 and leaves room for "wide".
 */
const OPEN_EAR = 0.32;
/**
 * Mid-brow (105/334) to eye-centre distance over eye width. On the Pexels clip (tfjs mesh, 4 fps)
 * it spans 1.03-1.40 with median 1.18; raised brows (surprise) reach ~1.35-1.4.
 */
const BROW_RELAXED = 1.1;
const BROW_RAISED = 1.4;


export function eyeAspectRatio(points: readonly Point3[], side: "left" | "right"): number {
  const [outer, inner, upper, lower] =
    side === "right"
      ? [LM.rightEyeOuter, LM.rightEyeInner, LM.rightEyeUpper, LM.rightEyeLower]
      : [LM.leftEyeOuter, LM.leftEyeInner, LM.leftEyeUpper, LM.leftEyeLower];
  const width = dist2d(at(points, outer), at(points, inner));
  if (width <= 0) return 0;
  return dist2d(at(points, upper), at(points, lower)) / width;
}

function browHeight(points: readonly Point3[], side: "left" | "right"): number {
  const [outer, inner, brow] =
    side === "right"
      ? [LM.rightEyeOuter, LM.rightEyeInner, LM.rightBrow]
      : [LM.leftEyeOuter, LM.leftEyeInner, LM.leftBrow];
  const o = at(points, outer);
  const i = at(points, inner);
  const width = dist2d(o, i);
  if (width <= 0) return 0;
  const centre: Point3 = [(o[0] + i[0]) / 2, (o[1] + i[1]) / 2, 0];
  return dist2d(at(points, brow), centre) / width;
}

/** Eye-region expression from landmarks alone (used when no blendshapes are available). */
export function eyeRegionFromLandmarks(points: readonly Point3[]): EyeRegion {
  const right = clamp01(eyeAspectRatio(points, "right") / OPEN_EAR);
  const left = clamp01(eyeAspectRatio(points, "left") / OPEN_EAR);
  const brow = (browHeight(points, "right") + browHeight(points, "left")) / 2;
  const openness = (left + right) / 2;
  return {
    openness,
    leftOpenness: left,
    rightOpenness: right,
    browRaise: clamp01((brow - BROW_RELAXED) / (BROW_RAISED - BROW_RELAXED)),
    // Without blendshapes a squint shows only as reduced openness; half-open counts as a full squint.
    squint: clamp01((0.75 - openness) / 0.35),
    source: "landmarks",
  };
}

/** Eye-region expression from MediaPipe's ARKit-style blendshape scores (name -> 0..1). */
export function eyeRegionFromBlendshapes(scores: Readonly<Record<string, number>>): EyeRegion {
  const s = (name: string) => clamp01(scores[name] ?? 0);
  const left = clamp01(1 - s("eyeBlinkLeft") + 0.3 * s("eyeWideLeft"));
  const right = clamp01(1 - s("eyeBlinkRight") + 0.3 * s("eyeWideRight"));
  return {
    openness: (left + right) / 2,
    leftOpenness: left,
    rightOpenness: right,
    browRaise: clamp01((s("browInnerUp") + (s("browOuterUpLeft") + s("browOuterUpRight")) / 2) / 1.5),
    squint: clamp01((s("eyeSquintLeft") + s("eyeSquintRight")) / 2),
    source: "blendshapes",
  };
}
