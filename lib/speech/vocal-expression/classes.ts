// The expression classes (RAVDESS's eight) and the merged set shared with the facial-expression model. Pure.

export const VOCAL_CLASSES = ["neutral", "calm", "happy", "sad", "angry", "fearful", "disgust", "surprised"] as const;
export type VocalClass = (typeof VOCAL_CLASSES)[number];

/**
 * The face model's classes: calm merged into neutral (the face model has no calm), the rest one to one.
 * The issue calls this the "6-class" set; with neutral it has seven members.
 */
export const MERGED_CLASSES = ["neutral", "happy", "sad", "angry", "fearful", "disgust", "surprised"] as const;
export type MergedClass = (typeof MERGED_CLASSES)[number];

export function toMerged(c: VocalClass): MergedClass {
  return c === "calm" ? "neutral" : c;
}
