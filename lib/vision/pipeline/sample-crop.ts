/**
 * Crops, rotates and resizes straight from the frame's bytes into a model's input buffer, in plain JS.
 * Only the few thousand output pixels are touched, so no full-frame tensor has to be built (in wasm
 * that upload and the crop op cost more than sampling the crop here).
 */
import type { RawFrame } from "../engines/types";
import { cropToFrame, type CropSpec } from "./affine-crop";

export type Normalise = "unit" | "signed";

/**
 * Bilinear sampling of `spec` into `out` (outSize * outSize * 3, RGB), starting at `offset`.
 * Pixels outside the frame are black. "unit" maps bytes to 0..1, "signed" to -1..1.
 */
export function sampleCrop(frame: RawFrame, spec: CropSpec, normalise: Normalise, out: Float32Array, offset = 0): void {
  const { width, height, channels, data } = frame;
  const n = spec.outSize;
  const [scale, bias] = normalise === "unit" ? [1 / 255, 0] : [1 / 127.5, -1];
  // Walk the output grid with the affine steps instead of calling cropToFrame per pixel.
  const [x00, y00] = cropToFrame(spec, 0.5, 0.5);
  const [x10, y10] = cropToFrame(spec, 1.5, 0.5);
  const [x01, y01] = cropToFrame(spec, 0.5, 1.5);
  const dxu = x10 - x00;
  const dyu = y10 - y00;
  const dxv = x01 - x00;
  const dyv = y01 - y00;
  const black = normalise === "unit" ? 0 : -1;
  let o = offset;
  for (let v = 0; v < n; v++) {
    // Frame coordinates of this output pixel's centre, as pixel indices (centre of pixel i is i + 0.5).
    let fx = x00 + v * dxv - 0.5;
    let fy = y00 + v * dyv - 0.5;
    for (let u = 0; u < n; u++, fx += dxu, fy += dyu) {
      const x0 = Math.floor(fx);
      const y0 = Math.floor(fy);
      if (x0 < -1 || y0 < -1 || x0 >= width || y0 >= height) {
        out[o++] = black;
        out[o++] = black;
        out[o++] = black;
        continue;
      }
      const ax = fx - x0;
      const ay = fy - y0;
      // Clamp the 2x2 neighbourhood at the border (edge pixels repeat for the half-pixel rim).
      const xa = x0 < 0 ? 0 : x0;
      const xb = x0 + 1 >= width ? width - 1 : x0 + 1;
      const ya = y0 < 0 ? 0 : y0;
      const yb = y0 + 1 >= height ? height - 1 : y0 + 1;
      const i00 = (ya * width + xa) * channels;
      const i10 = (ya * width + xb) * channels;
      const i01 = (yb * width + xa) * channels;
      const i11 = (yb * width + xb) * channels;
      const w00 = (1 - ax) * (1 - ay);
      const w10 = ax * (1 - ay);
      const w01 = (1 - ax) * ay;
      const w11 = ax * ay;
      for (let c = 0; c < 3; c++) {
        const value =
          (data[i00 + c] as number) * w00 + (data[i10 + c] as number) * w10 + (data[i01 + c] as number) * w01 + (data[i11 + c] as number) * w11;
        out[o++] = value * scale + bias;
      }
    }
  }
}
