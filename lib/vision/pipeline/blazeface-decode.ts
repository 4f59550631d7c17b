/**
 * BlazeFace (front, 256x256) post-processing: anchor generation and decoding of the best box.
 * The model (as shipped with Human 3.3.6) has two heads: 512 anchors on a 16x16 grid (stride 16,
 * 2 per cell) and 384 on an 8x8 grid (stride 32, 6 per cell). Each anchor regresses
 * [dx, dy, w, h, then 6 keypoints (x, y)] in input pixels, relative to the anchor centre.
 */
export const BLAZEFACE_INPUT = 256;

export function blazefaceAnchors(inputSize = BLAZEFACE_INPUT): Float32Array {
  const layers = [
    { stride: inputSize / 16, perCell: 2 },
    { stride: inputSize / 8, perCell: 6 },
  ];
  const out: number[] = [];
  for (const { stride, perCell } of layers) {
    const cells = Math.ceil(inputSize / stride);
    for (let y = 0; y < cells; y++) {
      for (let x = 0; x < cells; x++) {
        for (let n = 0; n < perCell; n++) out.push(stride * (x + 0.5), stride * (y + 0.5));
      }
    }
  }
  return Float32Array.from(out);
}

export interface Detection {
  /** Sigmoid score 0..1. */
  score: number;
  /** Box in detector input pixels. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** 6 keypoints in detector input pixels: eyes (2), nose, mouth, ears (2). */
  keypoints: [number, number][];
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * Picks the highest-scoring anchor (we track one candidate, so no NMS is needed) and decodes it.
 * `scores` holds one logit per anchor and `regressors` 16 numbers per anchor, in anchor order.
 */
export function decodeBestDetection(
  scores: ArrayLike<number>,
  regressors: ArrayLike<number>,
  anchors: Float32Array,
  minScore: number,
): Detection | null {
  const count = anchors.length / 2;
  if (scores.length !== count || regressors.length !== count * 16) {
    throw new Error(`blazeface output mismatch: ${scores.length} scores, ${regressors.length} regressors, ${count} anchors`);
  }
  let best = -1;
  let bestLogit = -Infinity;
  for (let i = 0; i < count; i++) {
    const s = scores[i] as number;
    if (s > bestLogit) {
      bestLogit = s;
      best = i;
    }
  }
  const score = sigmoid(bestLogit);
  if (best < 0 || score < minScore) return null;
  const ax = anchors[best * 2] as number;
  const ay = anchors[best * 2 + 1] as number;
  const r = (k: number) => regressors[best * 16 + k] as number;
  const cx = ax + r(0);
  const cy = ay + r(1);
  const w = r(2);
  const h = r(3);
  const keypoints: [number, number][] = [];
  for (let k = 0; k < 6; k++) keypoints.push([ax + r(4 + 2 * k), ay + r(5 + 2 * k)]);
  return { score, x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2, keypoints };
}
