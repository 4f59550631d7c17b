/**
 * Rotated, scaled, optionally mirrored square crops: the mapping from crop pixels to frame pixels.
 * sample-crop.ts samples model inputs through it and model outputs in crop coordinates are mapped
 * back to the frame with it, so both directions share one definition. Rotating the crop (so the eye
 * line is level) is cheaper than rotating the frame.
 */
export interface CropSpec {
  /** Crop centre in frame pixels. */
  cx: number;
  cy: number;
  /** Side of the square crop in frame pixels. */
  size: number;
  /** Rotation of the crop's x axis in the frame (radians), e.g. the eye-line angle. */
  angle: number;
  /** Output side in pixels (model input size). */
  outSize: number;
  /** Mirror the crop left-right (the iris model expects one eye orientation). */
  flipX?: boolean;
}

/** Maps a crop pixel (u, v) (pixel-centre coordinates, 0..outSize) to frame pixels. */
export function cropToFrame(spec: CropSpec, u: number, v: number): [number, number] {
  const s = spec.size / spec.outSize;
  const half = spec.outSize / 2;
  const du = (spec.flipX ? half - u : u - half) * s;
  const dv = (v - half) * s;
  const cos = Math.cos(spec.angle);
  const sin = Math.sin(spec.angle);
  return [spec.cx + du * cos - dv * sin, spec.cy + du * sin + dv * cos];
}

/** Square crop around a set of points, enlarged by `scale`, in a frame rotated by `angle`. */
export function cropAroundPoints(
  points: readonly (readonly [number, number, ...number[]])[],
  angle: number,
  scale: number,
  outSize: number,
): CropSpec {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  let minU = Infinity;
  let maxU = -Infinity;
  let minV = Infinity;
  let maxV = -Infinity;
  for (const p of points) {
    // Coordinates along the rotated axes, so the box hugs a tilted face.
    const u = p[0] * cos + p[1] * sin;
    const v = -p[0] * sin + p[1] * cos;
    minU = Math.min(minU, u);
    maxU = Math.max(maxU, u);
    minV = Math.min(minV, v);
    maxV = Math.max(maxV, v);
  }
  const cu = (minU + maxU) / 2;
  const cv = (minV + maxV) / 2;
  return {
    cx: cu * cos - cv * sin,
    cy: cu * sin + cv * cos,
    size: Math.max(maxU - minU, maxV - minV) * scale,
    angle,
    outSize,
  };
}
