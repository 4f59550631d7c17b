/**
 * Scores the product's gaze figures against human labels (`npm run eval:gaze`): per-frame classes,
 * per-video eye-contact share as the report shows it, the dominant look-away direction, and the
 * confusion between at-camera, away and eyes-closed. Pure: frames in, figures out.
 *
 * Label directions are as seen in the image (the labeller looks at frames); the product names
 * directions as the candidate sees the screen, so the candidate's right is the image's left.
 */
import Papa from "papaparse";
import { z } from "zod";
import type { LookAwayDirection } from "../constants";
import type { VisionFrame, VisionSummary } from "../schemas";
import { mode } from "./stats";

export const GAZE_LABELS = ["at-camera", "away-left", "away-right", "away-up", "away-down", "eyes-closed"] as const;
export type GazeLabel = (typeof GAZE_LABELS)[number];
/** What the product made of a frame: a label, or no face at all. */
export type PredictedGaze = GazeLabel | "no-face";
/** The coarse classes of the confusion table. */
export const GAZE_CLASSES = ["at-camera", "away", "eyes-closed", "no-face"] as const;
export type GazeClass = (typeof GAZE_CLASSES)[number];

export interface LabelSpan {
  startSec: number;
  endSec: number;
  label: GazeLabel;
}

const labelRowSchema = z.object({
  file: z.string().min(1),
  start_s: z.coerce.number().nonnegative(),
  end_s: z.coerce.number().nonnegative(),
  label: z.enum(GAZE_LABELS),
});

/** Parses a labels TSV (`file, start_s, end_s, label`, with a header) into spans per file, in file order. */
export function parseGazeLabels(text: string): Map<string, LabelSpan[]> {
  const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true, delimiter: "\t", skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`labels: ${parsed.errors[0]?.message ?? "unreadable"} (row ${parsed.errors[0]?.row ?? "?"})`);
  const byFile = new Map<string, LabelSpan[]>();
  parsed.data.forEach((raw, index) => {
    const row = labelRowSchema.safeParse(raw);
    if (!row.success) throw new Error(`labels row ${index + 2}: ${row.error.issues[0]?.path.join(".")} ${row.error.issues[0]?.message}`);
    if (row.data.end_s <= row.data.start_s) throw new Error(`labels row ${index + 2}: end_s must be after start_s`);
    const spans = byFile.get(row.data.file) ?? [];
    spans.push({ startSec: row.data.start_s, endSec: row.data.end_s, label: row.data.label });
    byFile.set(row.data.file, spans);
  });
  return byFile;
}

/** The label of the span covering `timeSec`, or null where no span does (those frames are not scored). */
export function labelAt(spans: readonly LabelSpan[], timeSec: number): GazeLabel | null {
  return spans.find((s) => timeSec >= s.startSec && timeSec < s.endSec)?.label ?? null;
}

/** The product's reading of one frame, in label terms. */
export function predictedGaze(frame: VisionFrame): PredictedGaze {
  if (!frame.faceFound) return "no-face";
  if (frame.eyeContact) return "at-camera";
  if (frame.eyesClosed) return "eyes-closed";
  // A face without iris points (a 468-point mesh) gives no gaze: nothing to compare.
  if (!frame.gaze) return "no-face";
  const { yaw, pitch } = frame.gaze;
  // Direction from the camera: the larger component wins. yaw > 0 is the candidate's right = image left.
  if (Math.abs(yaw) >= Math.abs(pitch)) return yaw > 0 ? "away-left" : "away-right";
  return pitch > 0 ? "away-up" : "away-down";
}

export function gazeClass(label: PredictedGaze): GazeClass {
  return label.startsWith("away-") ? "away" : (label as GazeClass);
}

/** A product look-away direction in the label's (image) terms; diagonals keep their vertical part. */
export function directionAsImageLabel(direction: LookAwayDirection): GazeLabel | null {
  switch (direction) {
    case "left":
      return "away-right";
    case "right":
      return "away-left";
    case "up":
    case "up-left":
    case "up-right":
      return "away-up";
    case "down":
    case "down-left":
    case "down-right":
      return "away-down";
    case "face-not-visible":
      return null;
  }
}

export type Confusion = Record<GazeClass, Record<GazeClass, number>>;

export function emptyConfusion(): Confusion {
  const row = () => Object.fromEntries(GAZE_CLASSES.map((c) => [c, 0])) as Record<GazeClass, number>;
  return Object.fromEntries(GAZE_CLASSES.map((c) => [c, row()])) as Confusion;
}

export interface VideoGazeScore {
  file: string;
  /** The product's eye-contact share over the labelled spans (the report's figure), null without gaze. */
  eyeContactShare: number | null;
  /** Share of labelled frames, eyes-closed aside, that the labeller saw at the camera. */
  labelAtCameraShare: number | null;
  /** The product's dominant look-away direction over the labelled spans (episodes, by duration). */
  dominantAwayDirection: GazeLabel | null;
  /** The labels' dominant away direction, for comparison. */
  labelDominantAwayDirection: GazeLabel | null;
  /** Share of labelled frames whose predicted label equals the human label. */
  frameAgreement: number | null;
  labelledFrames: number;
  /** Frames labelled eyes-closed that the product counted as looking away in a direction. */
  closedReadAsDirection: number;
  confusion: Confusion;
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const shareOf = (part: number, whole: number) => (whole > 0 ? round4(part / whole) : null);

/**
 * Scores one video: `frames` are all analysed frames (timestamps in ms from the video's start),
 * `summary` the product's summary of the labelled frames alone.
 */
export function scoreVideo(file: string, frames: readonly VisionFrame[], spans: readonly LabelSpan[], summary: VisionSummary): VideoGazeScore {
  const confusion = emptyConfusion();
  let labelled = 0;
  let agreed = 0;
  let notClosed = 0;
  let atCamera = 0;
  let closedReadAsDirection = 0;
  const awayLabels: GazeLabel[] = [];
  for (const frame of frames) {
    const label = labelAt(spans, frame.timestampMs / 1000);
    if (!label) continue;
    const predicted = predictedGaze(frame);
    labelled++;
    if (predicted === label) agreed++;
    confusion[gazeClass(label)][gazeClass(predicted)]++;
    if (label !== "eyes-closed") {
      notClosed++;
      if (label === "at-camera") atCamera++;
      else awayLabels.push(label);
    } else if (frame.screenRegion === "off-screen") closedReadAsDirection++;
  }
  const byDirection = new Map<GazeLabel, number>();
  for (const episode of summary.lookingAway.episodes) {
    const direction = directionAsImageLabel(episode.direction);
    if (direction) byDirection.set(direction, (byDirection.get(direction) ?? 0) + episode.durationMs);
  }
  const dominant = [...byDirection.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return {
    file,
    eyeContactShare: summary.eyeContactShare,
    labelAtCameraShare: shareOf(atCamera, notClosed),
    dominantAwayDirection: dominant,
    labelDominantAwayDirection: mode(awayLabels),
    frameAgreement: shareOf(agreed, labelled),
    labelledFrames: labelled,
    closedReadAsDirection,
    confusion,
  };
}

/** Pools per-video scores: mean absolute eye-contact error, frame-weighted agreement, summed confusion. */
export function overallGazeScore(videos: readonly VideoGazeScore[]) {
  const confusion = emptyConfusion();
  for (const video of videos) for (const a of GAZE_CLASSES) for (const b of GAZE_CLASSES) confusion[a][b] += video.confusion[a][b];
  const paired = videos.filter((v) => v.eyeContactShare !== null && v.labelAtCameraShare !== null);
  const errors = paired.map((v) => Math.abs((v.eyeContactShare ?? 0) - (v.labelAtCameraShare ?? 0)));
  const labelled = videos.reduce((a, v) => a + v.labelledFrames, 0);
  const agreed = videos.reduce((a, v) => a + (v.frameAgreement ?? 0) * v.labelledFrames, 0);
  const withDirection = videos.filter((v) => v.labelDominantAwayDirection !== null);
  return {
    videos: videos.length,
    labelledFrames: labelled,
    eyeContactMeanAbsError: errors.length ? round4(errors.reduce((a, b) => a + b, 0) / errors.length) : null,
    eyeContactMaxAbsError: errors.length ? round4(Math.max(...errors)) : null,
    videosWithin10Points: errors.filter((e) => e <= 0.1).length,
    frameAgreement: shareOf(agreed, labelled),
    directionMatches: withDirection.filter((v) => v.dominantAwayDirection === v.labelDominantAwayDirection).length,
    videosWithAwayLabels: withDirection.length,
    closedReadAsDirection: videos.reduce((a, v) => a + v.closedReadAsDirection, 0),
    confusion,
  };
}
