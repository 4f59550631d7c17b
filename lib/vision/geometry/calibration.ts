import type { GazeCalibration } from "../schemas";
import { DEFAULT_SCREEN, type ScreenGeometry } from "./gaze";

/** Where the candidate was asked to look while a sample was taken. */
export type CalibrationTarget =
  | "camera"
  | "centre"
  | "top-left"
  | "top-right"
  | "bottom-left"
  | "bottom-right";

export interface CalibrationSample {
  target: CalibrationTarget;
  /** Raw (uncalibrated) gaze from the engine, degrees. */
  yaw: number;
  pitch: number;
}

/** Target directions in nominal degrees (camera = 0,0), derived from the screen geometry. */
export function targetDirection(target: CalibrationTarget, screen: ScreenGeometry = DEFAULT_SCREEN) {
  const { centreYaw: cx, centrePitch: cy, halfWidthDeg: w, halfHeightDeg: h } = screen;
  switch (target) {
    case "camera":
      return { yaw: 0, pitch: 0 };
    case "centre":
      return { yaw: cx, pitch: cy };
    case "top-left":
      return { yaw: cx - w, pitch: cy + h };
    case "top-right":
      return { yaw: cx + w, pitch: cy + h };
    case "bottom-left":
      return { yaw: cx - w, pitch: cy - h };
    case "bottom-right":
      return { yaw: cx + w, pitch: cy - h };
  }
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const clampGain = (g: number) => Math.min(10, Math.max(0.1, g));

/**
 * Fits calibrated = (raw - offset) * gain per axis so that the samples land on their targets.
 * With camera samples the offset is pinned to them (eye contact matters most) and only the gain is
 * fitted through the origin; without them offset and gain come from an ordinary least-squares line.
 * An axis whose targets do not spread (e.g. only centre samples) keeps gain 1.
 */
export function fitGazeCalibration(
  samples: readonly CalibrationSample[],
  screen: ScreenGeometry = DEFAULT_SCREEN,
): GazeCalibration {
  if (samples.length === 0) throw new Error("calibration needs at least one sample");
  const cameraSamples = samples.filter((s) => s.target === "camera");
  const fitAxis = (axis: "yaw" | "pitch") => {
    const raw = samples.map((s) => s[axis]);
    const target = samples.map((s) => targetDirection(s.target, screen)[axis]);
    if (cameraSamples.length > 0) {
      const offset = mean(cameraSamples.map((s) => s[axis]));
      const r = raw.map((x) => x - offset);
      const srr = r.reduce((a, x) => a + x * x, 0);
      const srt = r.reduce((a, x, i) => a + x * (target[i] ?? 0), 0);
      const spread = target.some((t) => Math.abs(t) > 1e-9);
      return { offset, gain: spread && srr > 1e-9 ? clampGain(srt / srr) : 1 };
    }
    const mr = mean(raw);
    const mt = mean(target);
    const srr = raw.reduce((a, x) => a + (x - mr) ** 2, 0);
    const srt = raw.reduce((a, x, i) => a + (x - mr) * ((target[i] ?? 0) - mt), 0);
    const gain = srr > 1e-9 && Math.abs(srt) > 1e-9 ? clampGain(srt / srr) : 1;
    // raw -> (raw - offset) * gain must hit the mean target at the mean raw value.
    return { offset: mr - mt / gain, gain };
  };
  const yaw = fitAxis("yaw");
  const pitch = fitAxis("pitch");
  const squaredErrors = samples.map((s) => {
    const t = targetDirection(s.target, screen);
    return ((s.yaw - yaw.offset) * yaw.gain - t.yaw) ** 2 + ((s.pitch - pitch.offset) * pitch.gain - t.pitch) ** 2;
  });
  return {
    yawOffset: yaw.offset,
    pitchOffset: pitch.offset,
    yawGain: yaw.gain,
    pitchGain: pitch.gain,
    residualDeg: Math.sqrt(mean(squaredErrors)),
    sampleCount: samples.length,
  };
}

/** Fewest camera samples that pin the offset; below this the run says it could not calibrate. */
export const MIN_CAMERA_SAMPLES = 3;
/**
 * A fit whose targets miss by more than this (RMS, nominal degrees) did not follow the dot: the
 * eyes stayed put or the tracking was noisy. Its gains would distort every later frame, so only
 * the camera offset (the part that decides eye contact) is kept.
 */
export const MAX_GAIN_FIT_RESIDUAL_DEG = 8;
/** Gains outside this band mean the dots were not followed either (real eyes fit 0.5-2). */
const PLAUSIBLE_GAIN: readonly [number, number] = [0.4, 2.5];

export type CalibrationOutcome =
  | { status: "fitted"; calibration: GazeCalibration }
  | { status: "camera-only"; calibration: GazeCalibration; reason: string }
  | { status: "failed"; reason: string };

/**
 * What a finished calibration run yields: a full per-axis fit, only the camera offset when the
 * corner targets were not followed, or a failure with a reason the candidate can act on.
 */
export function calibrationOutcome(
  samples: readonly CalibrationSample[],
  screen: ScreenGeometry = DEFAULT_SCREEN,
): CalibrationOutcome {
  const camera = samples.filter((s) => s.target === "camera");
  if (camera.length < MIN_CAMERA_SAMPLES) {
    return {
      status: "failed",
      reason: "We could not see your eyes while you looked at the camera. Keep your face in view and your eyes open, then try again, or skip.",
    };
  }
  const full = fitGazeCalibration(samples, screen);
  const targets = new Set(samples.map((s) => s.target));
  const plausible = (g: number) => g >= PLAUSIBLE_GAIN[0] && g <= PLAUSIBLE_GAIN[1];
  if (targets.size >= 4 && full.residualDeg <= MAX_GAIN_FIT_RESIDUAL_DEG && plausible(full.yawGain) && plausible(full.pitchGain)) {
    return { status: "fitted", calibration: full };
  }
  const cameraOnly = fitGazeCalibration(camera, screen);
  return {
    status: "camera-only",
    calibration: cameraOnly,
    reason: "Your eyes did not seem to follow the dot, so only where you look at the camera was calibrated.",
  };
}
