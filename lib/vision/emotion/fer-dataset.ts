/**
 * Node-only access to a FER2013-style folder (<dir>/<class>/*.jpg): listing, JPEG decoding with the pure-JS
 * jpeg-js, and pixel hashing for duplicate detection. The same decoder feeds the training cache
 * (training/fer/decode-fer.ts), the evaluation (scripts/eval-fer.ts) and the parity test, so all three
 * see identical pixels. Never import it from browser code.
 */
import "server-only";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import jpeg from "jpeg-js";
import { EMOTIONS, type Emotion } from "./emotions";
import type { EmotionResult, FaceCrop } from "./classifier";
import { argmax } from "./metrics";
import { scoresToArray } from "./postprocess";
import type { RawImage } from "./preprocess";

export interface FerItem {
  /** Path relative to the dataset folder's parent, e.g. "PublicTest/angry/PublicTest_1.jpg". */
  relPath: string;
  absPath: string;
  label: Emotion;
  labelIndex: number;
}

/** Images of `<dir>/<emotion>/*.jpg` in canonical class order, files sorted by name (deterministic). */
export async function listFerImages(dir: string): Promise<FerItem[]> {
  const split = path.basename(path.resolve(dir));
  const items: FerItem[] = [];
  for (const [labelIndex, label] of EMOTIONS.entries()) {
    const folder = path.join(dir, label);
    if (!existsSync(folder)) continue;
    const files = (await readdir(folder)).filter((f) => f.toLowerCase().endsWith(".jpg")).sort();
    for (const f of files) items.push({ relPath: `${split}/${label}/${f}`, absPath: path.join(folder, f), label, labelIndex });
  }
  if (items.length === 0) throw new Error(`no <emotion>/*.jpg images under ${dir}`);
  return items;
}

/** Decode a JPEG. A file whose three channels are equal everywhere (FER2013 is grey) comes back as 1 channel. */
export function decodeJpeg(bytes: Uint8Array): RawImage {
  const d = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: false });
  const n = d.width * d.height;
  let grey = true;
  for (let i = 0; i < n && grey; i++) grey = d.data[i * 3] === d.data[i * 3 + 1] && d.data[i * 3] === d.data[i * 3 + 2];
  if (!grey) return { data: d.data, width: d.width, height: d.height, channels: 3 };
  const g = new Uint8Array(n);
  for (let i = 0; i < n; i++) g[i] = d.data[i * 3]!;
  return { data: g, width: d.width, height: d.height, channels: 1 };
}

export async function decodeJpegFile(file: string): Promise<RawImage> {
  return decodeJpeg(await readFile(file));
}

/** Hash of decoded pixels + size: equal for pixel-identical images whatever their file names or encodings. */
export function pixelHash(image: RawImage): string {
  return createHash("sha1").update(`${image.width}x${image.height}x${image.channels}:`).update(image.data).digest("hex");
}

/**
 * Shared data folder: $REHEARSE_SHARED_DIR, else ../shared beside the repository root.
 * Returns the fer2013 folder if it exists, else null (tests skip, scripts explain).
 */
export function ferRoot(repoRoot = process.cwd()): string | null {
  const shared = process.env.REHEARSE_SHARED_DIR ?? path.resolve(repoRoot, "..", "shared");
  const root = path.join(shared, "data", "fer2013");
  return existsSync(root) ? root : null;
}

export interface FerPredictions {
  truth: number[];
  pred: number[];
  /** pixelHash of each image, for the duplicate check against Training. */
  hashes: string[];
  /** Preprocessing + inference per face, in milliseconds. */
  latenciesMs: number[];
}

/**
 * Runs a classifier over FER2013 items one face at a time (as the live pipeline does). FER2013 images are
 * already face crops: the face box is the whole image, with no eye landmarks.
 */
export async function predictFer(classifier: { classify(faces: FaceCrop[]): Promise<EmotionResult[]> }, items: readonly FerItem[]): Promise<FerPredictions> {
  const out: FerPredictions = { truth: [], pred: [], hashes: [], latenciesMs: [] };
  for (const item of items) {
    const image = await decodeJpegFile(item.absPath);
    out.hashes.push(pixelHash(image));
    const t0 = performance.now();
    const [result] = await classifier.classify([{ image, region: { box: { x: 0, y: 0, width: image.width, height: image.height } } }]);
    out.latenciesMs.push(performance.now() - t0);
    if (!result) throw new Error(`no result for ${item.relPath}`);
    out.truth.push(item.labelIndex);
    out.pred.push(argmax(scoresToArray(result.scores)));
  }
  return out;
}
