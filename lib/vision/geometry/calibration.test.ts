import { describe, expect, it } from "vitest";
import { calibrationOutcome, MIN_CAMERA_SAMPLES, targetDirection, type CalibrationSample, type CalibrationTarget } from "./calibration";

const TARGETS: CalibrationTarget[] = ["camera", "centre", "top-left", "top-right", "bottom-left", "bottom-right"];

/** `perTarget` samples of a user who reads (3, -2) deg off and at 80% of the true angle. */
function followingUser(perTarget = 5): CalibrationSample[] {
  return TARGETS.flatMap((target) => {
    const d = targetDirection(target);
    return Array.from({ length: perTarget }, () => ({ target, yaw: d.yaw / 0.8 + 3, pitch: d.pitch / 0.8 - 2 }));
  });
}

describe("calibration outcome", () => {
  it("fits both axes when the dot was followed", () => {
    const outcome = calibrationOutcome(followingUser());
    expect(outcome.status).toBe("fitted");
    if (outcome.status !== "fitted") return;
    expect(outcome.calibration.yawGain).toBeCloseTo(0.8, 6);
    expect(outcome.calibration.yawOffset).toBeCloseTo(3, 6);
  });

  it("keeps only the camera offset when the eyes stayed on the camera throughout", () => {
    // Someone who never followed the dot: every target reads the same direction as the camera.
    const samples = TARGETS.flatMap((target) => Array.from({ length: 5 }, () => ({ target, yaw: 2, pitch: 4 })));
    const outcome = calibrationOutcome(samples);
    expect(outcome.status).toBe("camera-only");
    if (outcome.status !== "camera-only") return;
    expect(outcome.calibration).toMatchObject({ yawOffset: 2, pitchOffset: 4, yawGain: 1, pitchGain: 1, sampleCount: 5 });
  });

  it("fails with a reason when the eyes were not seen at the camera target", () => {
    const samples = followingUser().filter((s) => s.target !== "camera");
    const outcome = calibrationOutcome([...samples, ...Array.from({ length: MIN_CAMERA_SAMPLES - 1 }, () => ({ target: "camera" as const, yaw: 0, pitch: 0 }))]);
    expect(outcome.status).toBe("failed");
    expect(outcome.status === "failed" && outcome.reason).toMatch(/could not see your eyes/);
  });

  it("fails on an empty run", () => {
    expect(calibrationOutcome([]).status).toBe("failed");
  });
});
