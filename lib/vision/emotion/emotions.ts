/**
 * The one class order the app uses for facial emotions. It is lib/vision/constants.ts's EMOTION_LABELS
 * (shared with the server schema), re-exported under the name the emotion code uses. Every model's
 * output is mapped to it (toCanonical in postprocess.ts), so reports never depend on a model's own order.
 */
import { EMOTION_LABELS, type EmotionLabel } from "../constants";

export const EMOTIONS = EMOTION_LABELS;

export type Emotion = EmotionLabel;

export function isEmotion(value: string): value is Emotion {
  return (EMOTIONS as readonly string[]).includes(value);
}

/** Probabilities in canonical order, one number per emotion. */
export type EmotionScores = Record<Emotion, number>;
