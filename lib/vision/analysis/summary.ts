import {
  EMOTION_LABELS,
  GRID_CELLS,
  MAX_LOOK_AWAY_EPISODES,
  SCREEN_REGIONS,
  VISION_ALGORITHM_VERSION,
  type EmotionLabel,
  type GridCell,
  type ScreenRegion,
  type VisionEngineId,
  type VisionSource,
} from "../constants";
import type { EmotionProbabilities, ModelRef, VisionFrame, VisionSummary } from "../schemas";
import { countBlinks, findLookAwayEpisodes } from "./episodes";
import { clamp, mean, populationStd as std } from "../../stats";
import { round } from "./stats";

export interface SummaryOptions {
  startMs: number;
  endMs: number;
  engine: VisionEngineId;
  models: ModelRef[];
  /** Default "camera". */
  source?: VisionSource;
  calibrationUsed: boolean;
}

/** Frames further apart than this are a gap (tab hidden, worker busy), not head movement. */
const MAX_SPEED_GAP_MS = 500;
/** Blink rate needs some face time to mean anything. */
const MIN_BLINK_FACE_MS = 10_000;

const share = (part: number, whole: number) => (whole > 0 ? round(clamp(part / whole, 0, 1), 4) : 0);

/**
 * Per-answer figures from the per-frame results. Shares are over frames (frames arrive at a
 * near-constant rate); expression and gaze shares are over face-visible frames only.
 */
export function summariseAnswer(frames: readonly VisionFrame[], options: SummaryOptions): VisionSummary {
  const sorted = [...frames].sort((a, b) => a.timestampMs - b.timestampMs);
  const durationMs = Math.max(0, options.endMs - options.startMs);
  const face = sorted.filter((f) => f.faceFound);

  const withEmotion = face.filter((f) => f.emotions !== null);
  let emotionDistribution: EmotionProbabilities | null = null;
  let dominantEmotion: EmotionLabel | null = null;
  if (withEmotion.length > 0) {
    const entries = EMOTION_LABELS.map((label) => [label, mean(withEmotion.map((f) => f.emotions?.[label] ?? 0)) ?? 0] as const);
    emotionDistribution = Object.fromEntries(entries.map(([l, v]) => [l, round(clamp(v, 0, 1), 4)])) as EmotionProbabilities;
    dominantEmotion = entries.reduce((best, e) => (e[1] > best[1] ? e : best))[0];
  }

  const withContact = face.filter((f) => f.eyeContact !== null);
  const withGaze = face.filter((f) => f.screenRegion !== null);
  const gridCellShares = Object.fromEntries(
    GRID_CELLS.map((c) => [c, share(withGaze.filter((f) => f.gridCell === c).length, withGaze.length)]),
  ) as Record<GridCell, number>;
  const screenRegionShares = Object.fromEntries(
    SCREEN_REGIONS.map((r) => [r, share(withGaze.filter((f) => f.screenRegion === r).length, withGaze.length)]),
  ) as Record<ScreenRegion, number>;

  const episodes = findLookAwayEpisodes(sorted, options.endMs);
  const faceVisibleShare = share(face.length, sorted.length);
  const faceMs = durationMs * faceVisibleShare;
  const blinkCount = countBlinks(sorted);

  const heads = face.filter((f) => f.head !== null);
  let travelled = 0;
  let elapsed = 0;
  for (let i = 1; i < heads.length; i++) {
    const a = heads[i - 1] as VisionFrame;
    const b = heads[i] as VisionFrame;
    const dt = b.timestampMs - a.timestampMs;
    if (dt <= 0 || dt > MAX_SPEED_GAP_MS || !a.head || !b.head) continue;
    travelled += Math.hypot(b.head.yaw - a.head.yaw, b.head.pitch - a.head.pitch, b.head.roll - a.head.roll);
    elapsed += dt;
  }
  const r2 = (v: number | null) => (v === null ? null : round(v, 2));
  const unit = (v: number | null) => (v === null ? null : round(clamp(v, 0, 1), 4));

  return {
    algorithmVersion: VISION_ALGORITHM_VERSION,
    engine: options.engine,
    models: options.models,
    source: options.source ?? "camera",
    calibrationUsed: options.calibrationUsed,
    durationMs: round(durationMs, 0),
    framesAnalysed: sorted.length,
    framesWithFace: face.length,
    analysedFps: durationMs > 0 ? round(clamp(sorted.length / (durationMs / 1000), 0, 240), 2) : 0,
    faceVisibleShare,
    emotionDistribution,
    dominantEmotion,
    eyeContactShare: withContact.length ? share(withContact.filter((f) => f.eyeContact).length, withContact.length) : null,
    gridCellShares,
    screenRegionShares,
    lookingAway: {
      count: episodes.length,
      totalMs: round(episodes.reduce((a, e) => a + e.durationMs, 0), 0),
      episodes: episodes.slice(0, MAX_LOOK_AWAY_EPISODES).map((e) => ({ ...e, startMs: round(e.startMs - options.startMs, 0), durationMs: round(e.durationMs, 0) })),
    },
    blinks: {
      count: blinkCount,
      ratePerMinute: faceMs >= MIN_BLINK_FACE_MS ? round(clamp(blinkCount / (faceMs / 60_000), 0, 300), 2) : null,
    },
    headMovement: {
      yawStdDeg: r2(std(heads.map((f) => f.head?.yaw ?? 0))),
      pitchStdDeg: r2(std(heads.map((f) => f.head?.pitch ?? 0))),
      rollStdDeg: r2(std(heads.map((f) => f.head?.roll ?? 0))),
      meanSpeedDegPerSec: elapsed > 0 ? round(travelled / (elapsed / 1000), 2) : null,
    },
    eyeRegion: {
      meanOpenness: unit(mean(face.flatMap((f) => (f.eyes ? [f.eyes.openness] : [])))),
      meanBrowRaise: unit(mean(face.flatMap((f) => (f.eyes ? [f.eyes.browRaise] : [])))),
      meanSquint: unit(mean(face.flatMap((f) => (f.eyes ? [f.eyes.squint] : [])))),
    },
  };
}
