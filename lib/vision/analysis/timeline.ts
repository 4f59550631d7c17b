import { EMOTION_LABELS, MAX_TIMELINE_POINTS, TIMELINE_HZ, type GridCell, type ScreenRegion } from "../constants";
import type { TimelinePoint, VisionFrame } from "../schemas";
import { clamp, mean } from "../../stats";
import { mode, round, smoothSeries } from "./stats";

export interface TimelineOptions {
  startMs: number;
  endMs: number;
  hz?: number;
  /** Moving-average radius in steps (1 = average of 3 steps = 750 ms at 4 Hz). */
  smoothRadius?: number;
}

interface Bin {
  frames: VisionFrame[];
}

/**
 * Resamples per-frame results onto a fixed 4 Hz grid (mean per 250 ms step), then smooths the
 * numeric series with a centred moving average. Steps without a face keep null values: a chart
 * must show "no face" rather than an interpolated guess.
 */
export function buildTimeline(frames: readonly VisionFrame[], options: TimelineOptions): TimelinePoint[] {
  const hz = options.hz ?? TIMELINE_HZ;
  const radius = options.smoothRadius ?? 1;
  const stepMs = 1000 / hz;
  const span = Math.max(0, options.endMs - options.startMs);
  const count = Math.min(MAX_TIMELINE_POINTS, Math.ceil(span / stepMs));
  const bins: Bin[] = Array.from({ length: count }, () => ({ frames: [] }));
  for (const f of frames) {
    const i = Math.floor((f.timestampMs - options.startMs) / stepMs);
    if (i >= 0 && i < count) bins[i]?.frames.push(f);
  }

  const faceFrames = bins.map((b) => b.frames.filter((f) => f.faceFound));
  const numeric = (pick: (f: VisionFrame) => number | null | undefined) =>
    smoothSeries(
      faceFrames.map((fs) => mean(fs.map(pick).filter((v): v is number => typeof v === "number"))),
      radius,
    );
  const emotionSeries = EMOTION_LABELS.map((label) => numeric((f) => f.emotions?.[label]));
  const gazeYaw = numeric((f) => f.gaze?.yaw);
  const gazePitch = numeric((f) => f.gaze?.pitch);
  const eyeContact = numeric((f) => (f.eyeContact === null ? null : f.eyeContact ? 1 : 0));
  const headYaw = numeric((f) => f.head?.yaw);
  const headPitch = numeric((f) => f.head?.pitch);
  const headRoll = numeric((f) => f.head?.roll);
  const openness = numeric((f) => f.eyes?.openness);
  const browRaise = numeric((f) => f.eyes?.browRaise);
  const squint = numeric((f) => f.eyes?.squint);
  const face = smoothSeries(
    bins.map((b) => (b.frames.length ? b.frames.filter((f) => f.faceFound).length / b.frames.length : 0)),
    radius,
  );

  const windowed = <T>(i: number, pick: (f: VisionFrame) => T | null): T | null => {
    const values: T[] = [];
    for (let j = Math.max(0, i - radius); j <= Math.min(count - 1, i + radius); j++) {
      for (const f of faceFrames[j] ?? []) {
        const v = pick(f);
        if (v !== null) values.push(v);
      }
    }
    return (faceFrames[i]?.length ?? 0) > 0 ? mode(values) : null;
  };

  const deg = (v: number | null | undefined) => (v === null || v === undefined ? null : round(clamp(v, -180, 180), 2));
  const unit = (v: number | null | undefined) => (v === null || v === undefined ? null : round(clamp(v, 0, 1)));

  return bins.map((_, i) => {
    const emotions = emotionSeries.map((s) => s[i] ?? null);
    const hasEmotions = emotions.every((v) => v !== null);
    return {
      t: round(i / hz, 3),
      face: unit(face[i]) ?? 0,
      emotions: hasEmotions ? emotions.map((v) => unit(v) ?? 0) : null,
      gazeYaw: deg(gazeYaw[i]),
      gazePitch: deg(gazePitch[i]),
      eyeContact: unit(eyeContact[i]),
      screenRegion: windowed<ScreenRegion>(i, (f) => f.screenRegion),
      gridCell: windowed<GridCell>(i, (f) => f.gridCell),
      headYaw: deg(headYaw[i]),
      headPitch: deg(headPitch[i]),
      headRoll: deg(headRoll[i]),
      eyeOpenness: unit(openness[i]),
      browRaise: unit(browRaise[i]),
      squint: unit(squint[i]),
    };
  });
}
