/**
 * Pure image preprocessing for the emotion models: no tfjs, no DOM, so it runs in a Web Worker,
 * in Node (scripts/eval-fer.ts) and in unit tests alike. The training pipeline
 * (training/fer/model.py `normalise`) uses exactly the same maths.
 */

/** A raw image: grey (1), RGB (3) or RGBA (4) bytes, row-major, no padding. */
export interface RawImage {
  data: Uint8Array | Uint8ClampedArray;
  width: number;
  height: number;
  channels: 1 | 3 | 4;
}

export interface Point {
  x: number;
  y: number;
}

/** Face box in image pixels (top-left corner + size). */
export interface FaceBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where to cut the face out of a frame. Eyes, when known, rotate the crop so the eye line is level. */
export interface FaceRegion {
  box: FaceBox;
  leftEye?: Point;
  rightEye?: Point;
}

export type Normalisation = "minus-one-to-one";

// ITU-R BT.601 luma weights, as Human's emotion module uses them; FER2013 itself is already grey.
const R_WEIGHT = 0.2989;
const G_WEIGHT = 0.587;
const B_WEIGHT = 0.114;

/** Grey values 0..255 (float) from a raw image. Grey input is copied unchanged. */
export function toGrey(image: RawImage): Float32Array {
  const { data, width, height, channels } = image;
  const n = width * height;
  if (data.length < n * channels) {
    throw new Error(`image data has ${data.length} bytes, expected ${n * channels} for ${width}x${height}x${channels}`);
  }
  const grey = new Float32Array(n);
  if (channels === 1) {
    for (let i = 0; i < n; i++) grey[i] = data[i]!;
    return grey;
  }
  for (let i = 0, j = 0; i < n; i++, j += channels) {
    grey[i] = R_WEIGHT * data[j]! + G_WEIGHT * data[j + 1]! + B_WEIGHT * data[j + 2]!;
  }
  return grey;
}

/** Angle (radians) of the line from the left eye to the right eye, as they appear in the image. */
export function eyeLineAngle(leftEye: Point, rightEye: Point): number {
  // The eye on the image's left may be either anatomical eye: orient the line left-to-right so a
  // level face gives 0 whichever convention the landmark model uses.
  const [a, b] = leftEye.x <= rightEye.x ? [leftEye, rightEye] : [rightEye, leftEye];
  return Math.atan2(b.y - a.y, b.x - a.x);
}

/**
 * Cut a square crop of `size` x `size` grey pixels around the face, rotated so the eye line is level.
 * The square's side is max(box width, box height) * `scale`, centred on the box centre. Sampling is
 * bilinear at pixel centres with edge clamping, so an axis-aligned crop of the whole image at its own
 * size returns the pixels unchanged (the FER2013 evaluation relies on this).
 */
export function cropFace(
  grey: Float32Array,
  width: number,
  height: number,
  region: FaceRegion,
  size: number,
  scale = 1,
): Float32Array {
  if (grey.length !== width * height) throw new Error("grey buffer does not match width*height");
  const { box } = region;
  if (!(box.width > 0 && box.height > 0)) throw new Error("face box must have a positive size");
  const side = Math.max(box.width, box.height) * scale;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const angle = region.leftEye && region.rightEye ? eyeLineAngle(region.leftEye, region.rightEye) : 0;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const step = side / size;
  const out = new Float32Array(size * size);
  for (let oy = 0; oy < size; oy++) {
    for (let ox = 0; ox < size; ox++) {
      // offset of this output pixel centre from the crop centre, in source pixels, before rotation
      const u = (ox + 0.5) * step - side / 2;
      const v = (oy + 0.5) * step - side / 2;
      // rotate by the eye-line angle: a tilted face is sampled along its own axes
      const sx = cx + u * cos - v * sin - 0.5;
      const sy = cy + u * sin + v * cos - 0.5;
      out[oy * size + ox] = sampleBilinear(grey, width, height, sx, sy);
    }
  }
  return out;
}

function sampleBilinear(grey: Float32Array, width: number, height: number, x: number, y: number): number {
  const cx = Math.min(Math.max(x, 0), width - 1);
  const cy = Math.min(Math.max(y, 0), height - 1);
  const x0 = Math.floor(cx);
  const y0 = Math.floor(cy);
  const x1 = Math.min(x0 + 1, width - 1);
  const y1 = Math.min(y0 + 1, height - 1);
  const fx = cx - x0;
  const fy = cy - y0;
  const top = grey[y0 * width + x0]! * (1 - fx) + grey[y0 * width + x1]! * fx;
  const bottom = grey[y1 * width + x0]! * (1 - fx) + grey[y1 * width + x1]! * fx;
  return top * (1 - fy) + bottom * fy;
}

/** Each normalisation's mapping, keyed by every Normalisation (a new one is a type error until it is added here). */
const NORMALISATIONS: Record<Normalisation, (grey: number) => number> = {
  "minus-one-to-one": (grey) => (grey / 255 - 0.5) * 2,
};

/** Map grey 0..255 to the model's input range. Both shipped models use (x/255 - 0.5) * 2. */
export function normalise(grey: Float32Array, mode: Normalisation): Float32Array {
  const map = NORMALISATIONS[mode];
  const out = new Float32Array(grey.length);
  for (let i = 0; i < grey.length; i++) out[i] = map(grey[i]!);
  return out;
}

/** Mirror a square `size` x `size` image left-right (for flip test-time averaging). */
export function flipHorizontal(pixels: Float32Array, size: number): Float32Array {
  if (pixels.length !== size * size) throw new Error("pixels do not match size*size");
  const out = new Float32Array(pixels.length);
  for (let y = 0; y < size; y++) {
    const row = y * size;
    for (let x = 0; x < size; x++) out[row + x] = pixels[row + size - 1 - x]!;
  }
  return out;
}

/**
 * Full preprocessing for one face: grey -> aligned crop -> normalised model input ([size*size], NHWC with C=1).
 */
export function prepareFace(image: RawImage, region: FaceRegion, size: number, normalisation: Normalisation, scale = 1): Float32Array {
  const grey = toGrey(image);
  return normalise(cropFace(grey, image.width, image.height, region, size, scale), normalisation);
}
