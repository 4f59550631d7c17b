import type { VocalClass } from "@/lib/speech/vocal-expression/classes";
import { EMOTION_COLORS } from "./palette";

/** The face palette for the classes both models share, so a colour means the same on both tracks; calm is its own. */
export const VOCAL_COLORS: Record<VocalClass, string> = {
  neutral: EMOTION_COLORS.neutral,
  calm: "#C9BFA5",
  happy: EMOTION_COLORS.happy,
  sad: EMOTION_COLORS.sad,
  angry: EMOTION_COLORS.angry,
  fearful: EMOTION_COLORS.fear,
  disgust: EMOTION_COLORS.disgust,
  surprised: EMOTION_COLORS.surprise,
};

export const vocalName = (c: VocalClass) => c.charAt(0).toUpperCase() + c.slice(1);
