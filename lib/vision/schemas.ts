/**
 * zod schemas for everything the vision engine produces. Server-safe: no browser APIs, no tfjs.
 * The upload payload is `visionUploadSchema` ({ summary, timeline }); per-frame results
 * (`visionFrameSchema`) stay in the browser but share the schema so the worker protocol is typed.
 */
import { z } from "zod";
import {
  EMOTION_LABELS,
  GRID_CELLS,
  LOOK_AWAY_DIRECTIONS,
  MAX_ANSWER_SECONDS,
  MAX_LOOK_AWAY_EPISODES,
  MAX_TIMELINE_POINTS,
  SCREEN_REGIONS,
  VISION_ENGINES,
  VISION_SOURCES,
} from "./constants";

const probability = z.number().min(0).max(1);
const share = z.number().min(0).max(1);
/** Angles in degrees; anything outside +-180 is a bug upstream. */
const degrees = z.number().min(-180).max(180);

export const emotionLabelSchema = z.enum(EMOTION_LABELS);
export const gridCellSchema = z.enum(GRID_CELLS);
export const screenRegionSchema = z.enum(SCREEN_REGIONS);
export const visionEngineSchema = z.enum(VISION_ENGINES);
export const lookAwayDirectionSchema = z.enum(LOOK_AWAY_DIRECTIONS);

/** Probabilities of the 7 FER2013 classes; "observed expression", not a felt emotion. */
export const emotionProbabilitiesSchema = z.object({
  angry: probability,
  disgust: probability,
  fear: probability,
  happy: probability,
  sad: probability,
  surprise: probability,
  neutral: probability,
});

/** Face box normalised to the frame (0..1) so it does not depend on the camera resolution. */
export const faceBoxSchema = z.object({
  x: z.number().min(-1).max(2),
  y: z.number().min(-1).max(2),
  width: z.number().min(0).max(3),
  height: z.number().min(0).max(3),
});

export const headPoseSchema = z.object({ yaw: degrees, pitch: degrees, roll: degrees });

/** Gaze in degrees relative to the camera axis: yaw > 0 towards the candidate's right, pitch > 0 up. */
export const gazeSchema = z.object({
  yaw: degrees,
  pitch: degrees,
  /** Position on the screen, -1..1 on each axis inside the screen (x > 0 right, y > 0 up). */
  screenX: z.number().min(-50).max(50),
  screenY: z.number().min(-50).max(50),
});

/** Eye-region expression: openness 0 (closed) .. 1 (wide open); browRaise and squint 0..1. */
export const eyeRegionSchema = z.object({
  openness: share,
  leftOpenness: share,
  rightOpenness: share,
  browRaise: share,
  squint: share,
  source: z.enum(["blendshapes", "landmarks"]),
});

export const visionFrameSchema = z.object({
  /** Capture time in ms (performance.now() or video time), set by the caller. */
  timestampMs: z.number().nonnegative(),
  faceFound: z.boolean(),
  faceScore: probability,
  box: faceBoxSchema.nullable(),
  /** Null when no face was found or the emotion model skipped this frame. */
  emotions: emotionProbabilitiesSchema.nullable(),
  gaze: gazeSchema.nullable(),
  gridCell: gridCellSchema.nullable(),
  screenRegion: screenRegionSchema.nullable(),
  eyeContact: z.boolean().nullable(),
  head: headPoseSchema.nullable(),
  eyes: eyeRegionSchema.nullable(),
  /** True when the gaze used per-user calibration offsets. */
  calibrated: z.boolean(),
  /** The lids were (nearly) shut: no gaze is reported, and the frame is neither eye contact nor looking away. */
  eyesClosed: z.boolean(),
});

/** Worker-side milliseconds per frame; preprocessMs (crop sampling) is also counted inside detect/landmarks. */
export const stageTimingsSchema = z.object({
  preprocessMs: z.number().nonnegative(),
  detectMs: z.number().nonnegative(),
  landmarksMs: z.number().nonnegative(),
  emotionMs: z.number().nonnegative(),
  totalMs: z.number().nonnegative(),
});

/** One 250 ms step of the answer timeline; values are smoothed, null where no face was seen. */
export const timelinePointSchema = z.object({
  /** Seconds from the start of the answer. */
  t: z.number().min(0).max(MAX_ANSWER_SECONDS + 60),
  /** Share of frames in this step with a face. */
  face: share,
  /** Mean probabilities in EMOTION_LABELS order. */
  emotions: z.array(probability).length(EMOTION_LABELS.length).nullable(),
  gazeYaw: degrees.nullable(),
  gazePitch: degrees.nullable(),
  /** Share of face frames in this step with eye contact. */
  eyeContact: share.nullable(),
  screenRegion: screenRegionSchema.nullable(),
  gridCell: gridCellSchema.nullable(),
  headYaw: degrees.nullable(),
  headPitch: degrees.nullable(),
  headRoll: degrees.nullable(),
  eyeOpenness: share.nullable(),
  /** Mean brow raise and squint (0..1) of the step's face frames; absent in timelines stored before they were kept. */
  browRaise: share.nullable().optional(),
  squint: share.nullable().optional(),
});

export const lookAwayEpisodeSchema = z.object({
  startMs: z.number().nonnegative(),
  durationMs: z.number().nonnegative(),
  direction: lookAwayDirectionSchema,
});

export const modelRefSchema = z.object({
  id: z.string().min(1).max(100),
  version: z.string().min(1).max(100),
});

export const visionSummarySchema = z.object({
  algorithmVersion: z.string().min(1).max(50),
  engine: visionEngineSchema,
  models: z.array(modelRefSchema).max(10),
  /** Where the frames came from: the live camera, or a video file analysed on the device afterwards. Absent: camera. */
  source: z.enum(VISION_SOURCES).optional(),
  calibrationUsed: z.boolean(),
  /** Answers may overrun; the timeline keeps only the first MAX_ANSWER_SECONDS. */
  durationMs: z.number().nonnegative().max(2 * 60 * 60 * 1000),
  framesAnalysed: z.number().int().nonnegative(),
  framesWithFace: z.number().int().nonnegative(),
  analysedFps: z.number().nonnegative().max(240),
  faceVisibleShare: share,
  /** Mean probabilities over face-visible frames that ran the emotion model. */
  emotionDistribution: emotionProbabilitiesSchema.nullable(),
  dominantEmotion: emotionLabelSchema.nullable(),
  /** Over face-visible time. */
  eyeContactShare: share.nullable(),
  gridCellShares: z.record(gridCellSchema, share),
  screenRegionShares: z.record(screenRegionSchema, share),
  lookingAway: z.object({
    count: z.number().int().nonnegative(),
    totalMs: z.number().nonnegative(),
    episodes: z.array(lookAwayEpisodeSchema).max(MAX_LOOK_AWAY_EPISODES),
  }),
  blinks: z.object({
    count: z.number().int().nonnegative(),
    /** Per minute of face-visible time; null when under 10 s of face was seen. */
    ratePerMinute: z.number().nonnegative().max(300).nullable(),
  }),
  headMovement: z.object({
    yawStdDeg: z.number().nonnegative().nullable(),
    pitchStdDeg: z.number().nonnegative().nullable(),
    rollStdDeg: z.number().nonnegative().nullable(),
    /** Mean angular speed of the head in degrees per second. */
    meanSpeedDegPerSec: z.number().nonnegative().nullable(),
  }),
  eyeRegion: z.object({
    meanOpenness: share.nullable(),
    meanBrowRaise: share.nullable(),
    meanSquint: share.nullable(),
  }),
});

export const visionUploadSchema = z.object({
  summary: visionSummarySchema,
  timeline: z.array(timelinePointSchema).max(MAX_TIMELINE_POINTS + 240),
});

/** Per-user gaze calibration, produced by fitGazeCalibration (lib/vision/geometry/calibration.ts). */
export const gazeCalibrationSchema = z.object({
  yawOffset: degrees,
  pitchOffset: degrees,
  yawGain: z.number().min(0.1).max(10),
  pitchGain: z.number().min(0.1).max(10),
  /** Root-mean-square residual over the calibration targets, in nominal degrees. */
  residualDeg: z.number().nonnegative(),
  sampleCount: z.number().int().nonnegative(),
});

export type EmotionProbabilities = z.infer<typeof emotionProbabilitiesSchema>;
export type FaceBox = z.infer<typeof faceBoxSchema>;
export type HeadPose = z.infer<typeof headPoseSchema>;
export type Gaze = z.infer<typeof gazeSchema>;
export type EyeRegion = z.infer<typeof eyeRegionSchema>;
export type VisionFrame = z.infer<typeof visionFrameSchema>;
export type StageTimings = z.infer<typeof stageTimingsSchema>;
export type TimelinePoint = z.infer<typeof timelinePointSchema>;
export type LookAwayEpisode = z.infer<typeof lookAwayEpisodeSchema>;
export type ModelRef = z.infer<typeof modelRefSchema>;
export type VisionSummary = z.infer<typeof visionSummarySchema>;
export type VisionUpload = z.infer<typeof visionUploadSchema>;
export type GazeCalibration = z.infer<typeof gazeCalibrationSchema>;
