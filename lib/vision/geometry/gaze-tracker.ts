import { median as medianOf } from "../../stats";
import { EYES_CLOSED_OPENNESS, featuresFromLandmarks, type LandmarkFeatures } from "./frame-features";
import type { EngineGazeModel, ScreenGeometry } from "./gaze";
import type { Point3 } from "./landmarks";
import type { GazeCalibration } from "../schemas";

/** About three seconds of frames at the live rate: long enough for a stable median, short enough to follow the light. */
const OPENNESS_HISTORY = 45;
/** Eyes this much narrower than the person's own recent median are closing or closed (a blink). */
const RELATIVE_CLOSED = 0.5;
/**
 * The raw gaze is the median of the measurements of the last this-many ms: three frames at the
 * live 15 fps (one frame of delay), fewer at lower rates, so a real look away is never blurred.
 */
const GAZE_MEDIAN_MS = 150;
/** Openness history this short still falls back to the absolute threshold. */
const MIN_OPENNESS_HISTORY = 3;

/** 0 for an empty history, which the callers never pass. */
const median = (xs: readonly number[]) => medianOf(xs) ?? 0;

/**
 * The per-face state both engines keep between frames: what "open" means for this person's eyes
 * (so narrow eyes are not read as closed, and a half-closed blink of wide eyes is not read as a
 * look down), and a short temporal median of the gaze that removes single-frame landmark jitter
 * without blurring a real look away. Reset it when the tracked face is lost or changes.
 */
export class GazeTracker {
  private readonly openness: number[] = [];
  private readonly recentGaze: { yaw: number; pitch: number; timestampMs: number }[] = [];

  constructor(private readonly model: EngineGazeModel) {}

  reset(): void {
    this.openness.length = 0;
    this.recentGaze.length = 0;
  }

  /** The face left the picture: the next look is measured afresh (the person's eyes are still theirs). */
  faceLost(): void {
    this.recentGaze.length = 0;
  }

  /** The openness below which this person's eyes count as closed now. */
  closedBelow(): number {
    if (this.openness.length < MIN_OPENNESS_HISTORY) return EYES_CLOSED_OPENNESS;
    return Math.max(EYES_CLOSED_OPENNESS, RELATIVE_CLOSED * median(this.openness));
  }

  features(
    points: readonly Point3[],
    options: {
      timestampMs: number;
      calibration?: GazeCalibration | null;
      screen?: ScreenGeometry;
      blendshapes?: Readonly<Record<string, number>> | null;
    },
  ): LandmarkFeatures {
    const { timestampMs, ...rest } = options;
    const features = featuresFromLandmarks(points, {
      ...rest,
      model: this.model,
      closedBelow: this.closedBelow(),
      filterRawGaze: (raw) => this.smooth(raw, timestampMs),
    });
    // A closed-eye frame breaks the median window: the look after a blink is measured afresh.
    if (!features.gaze) this.recentGaze.length = 0;
    this.openness.push(features.eyes.openness);
    if (this.openness.length > OPENNESS_HISTORY) this.openness.shift();
    return features;
  }

  private smooth(raw: { yaw: number; pitch: number }, timestampMs: number): { yaw: number; pitch: number } {
    // Timestamps that go backwards (a new video, a seek) start the window afresh.
    const last = this.recentGaze.at(-1);
    if (last && last.timestampMs > timestampMs) this.recentGaze.length = 0;
    while (this.recentGaze.length > 0 && (this.recentGaze[0]?.timestampMs ?? 0) <= timestampMs - GAZE_MEDIAN_MS) this.recentGaze.shift();
    this.recentGaze.push({ ...raw, timestampMs });
    return { yaw: median(this.recentGaze.map((g) => g.yaw)), pitch: median(this.recentGaze.map((g) => g.pitch)) };
  }
}
