// Colours shared by the charts and the timeline bands. Okabe-Ito hues (readable with the common colour-vision
// deficiencies); every chart also names its labels in text, so colour is never the only cue.
import type { EmotionLabel } from "@/lib/vision/constants";

export const EMOTION_COLORS: Record<EmotionLabel, string> = {
  angry: "#D55E00",
  disgust: "#009E73",
  fear: "#CC79A7",
  happy: "#E69F00",
  sad: "#0072B2",
  surprise: "#56B4E9",
  neutral: "#8A8F98",
};

/** Capitalised label for display: "surprise" -> "Surprise". */
export const emotionName = (label: string) => label.charAt(0).toUpperCase() + label.slice(1).replace("-", " ");

export const NO_DATA_COLOR = "#E5E7EB";
export const CONTACT_COLOR = "#2F6FDE";
/** Okabe-Ito's black, softened: no expression hue (happy was this row's orange too). */
export const AWAY_COLOR = "#3A3A3A";
export const COHORT_COLOR = "#94A3B8";

export const pct = (share: number) => `${Math.round(share * 100)}%`;
