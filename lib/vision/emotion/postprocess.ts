/** Pure post-processing for emotion model outputs: softmax, flip averaging and class-order mapping. */
import { EMOTIONS, type Emotion, type EmotionScores } from "./emotions";

/** Numerically stable softmax. */
export function softmax(logits: ArrayLike<number>): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) max = Math.max(max, logits[i]!);
  const out = new Float64Array(logits.length);
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    out[i] = Math.exp(logits[i]! - max);
    sum += out[i]!;
  }
  for (let i = 0; i < out.length; i++) out[i] = out[i]! / sum;
  return out;
}

/**
 * Element-wise mean of equally long probability vectors (e.g. a face and its mirror image), optionally
 * weighted (e.g. ensemble members of unequal accuracy); weights are normalised to sum to 1.
 */
export function averageProbs(vectors: ArrayLike<number>[], weights?: readonly number[]): Float64Array {
  const first = vectors[0];
  if (!first) throw new Error("averageProbs needs at least one vector");
  if (weights && weights.length !== vectors.length) throw new Error("one weight per vector");
  const total = weights ? weights.reduce((a, b) => a + b, 0) : vectors.length;
  if (!(total > 0) || weights?.some((w) => !(w >= 0))) throw new Error("weights must be non-negative with a positive sum");
  const out = new Float64Array(first.length);
  vectors.forEach((v, k) => {
    if (v.length !== first.length) throw new Error("probability vectors differ in length");
    const share = (weights ? weights[k]! : 1) / total;
    for (let i = 0; i < v.length; i++) out[i] = out[i]! + v[i]! * share;
  });
  return out;
}

/**
 * Re-order a model's output (in `classOrder`) into the canonical EMOTIONS order. Throws if the model's
 * order does not name each canonical emotion exactly once, so a misconfigured registry entry fails loudly.
 */
export function toCanonical(probs: ArrayLike<number>, classOrder: readonly string[]): EmotionScores {
  if (probs.length !== classOrder.length) throw new Error(`model gave ${probs.length} scores for ${classOrder.length} classes`);
  if (classOrder.length !== EMOTIONS.length || new Set(classOrder).size !== EMOTIONS.length) {
    throw new Error(`class order must list the ${EMOTIONS.length} emotions once each`);
  }
  const scores = {} as EmotionScores;
  for (const emotion of EMOTIONS) {
    const i = classOrder.indexOf(emotion);
    if (i < 0) throw new Error(`class order lacks "${emotion}"`);
    scores[emotion] = probs[i]!;
  }
  return scores;
}

/** Canonical scores as an array in EMOTIONS order. */
export function scoresToArray(scores: EmotionScores): number[] {
  return EMOTIONS.map((e) => scores[e]);
}

/** The emotion with the highest score (first in canonical order on ties). */
export function topEmotion(scores: EmotionScores): { emotion: Emotion; score: number } {
  let best: Emotion = EMOTIONS[0];
  for (const e of EMOTIONS) if (scores[e] > scores[best]) best = e;
  return { emotion: best, score: scores[best] };
}
