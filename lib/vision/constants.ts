/**
 * Constants shared by the browser engine, the Node checks and the server-side schema.
 * No browser APIs and no tfjs here: lib/vision/schemas.ts (server) imports this file.
 */

/** Bump whenever a change alters the numbers in a summary or timeline. */
export const VISION_ALGORITHM_VERSION = "vision-2.0.0";

/** Frames are scaled down to this width before analysis: enough for a face at interview distance. */
export const ANALYSIS_FRAME_WIDTH = 640;

/** FER2013 class order, which is also the output order of the emotion models we run. */
export const EMOTION_LABELS = ["angry", "disgust", "fear", "happy", "sad", "surprise", "neutral"] as const;
export type EmotionLabel = (typeof EMOTION_LABELS)[number];

/** 3x3 grid over the screen, named as the candidate sees the screen. */
export const GRID_CELLS = [
  "top-left",
  "top-centre",
  "top-right",
  "middle-left",
  "middle-centre",
  "middle-right",
  "bottom-left",
  "bottom-centre",
  "bottom-right",
] as const;
export type GridCell = (typeof GRID_CELLS)[number];

export const SCREEN_REGIONS = ["centre", "border", "off-screen"] as const;
export type ScreenRegion = (typeof SCREEN_REGIONS)[number];

export const VISION_ENGINES = ["tfjs-human", "mediapipe-face-landmarker"] as const;
export type VisionEngineId = (typeof VISION_ENGINES)[number];

/** "camera": measured live while answering; "file": from a video the candidate uploaded, on the device. */
export const VISION_SOURCES = ["camera", "file"] as const;
export type VisionSource = (typeof VISION_SOURCES)[number];

export const LOOK_AWAY_DIRECTIONS = [
  "left",
  "right",
  "up",
  "down",
  "up-left",
  "up-right",
  "down-left",
  "down-right",
  "face-not-visible",
] as const;
export type LookAwayDirection = (typeof LOOK_AWAY_DIRECTIONS)[number];

/** Timeline resolution; 4 Hz is enough for a chart and keeps a 10-minute answer under 2,400 points. */
export const TIMELINE_HZ = 4;
export const MAX_ANSWER_SECONDS = 600;
export const MAX_TIMELINE_POINTS = TIMELINE_HZ * MAX_ANSWER_SECONDS;
/** A looking-away episode must last this long; shorter glances are normal while thinking. */
export const MIN_LOOK_AWAY_MS = 1000;
export const MAX_LOOK_AWAY_EPISODES = 300;
