import { describe, expect, it } from "vitest";
import { makeVision } from "@/lib/scoring/test-fixtures";
import { gazeCalibrated } from "./gaze-calibrated";

describe("whether an answer's gaze figures used the calibration", () => {
  it("counts only a calibrated session whose frames used it, from the camera", () => {
    expect(gazeCalibrated(true, makeVision({ calibrationUsed: true, source: "camera" }))).toBe(true);
    expect(gazeCalibrated(true, makeVision({ calibrationUsed: true }))).toBe(true);
  });

  it("does not count a calibration made after the answer's frames, a video file, or no frames", () => {
    expect(gazeCalibrated(true, makeVision({ calibrationUsed: false }))).toBe(false);
    expect(gazeCalibrated(true, makeVision({ calibrationUsed: true, source: "file" }))).toBe(false);
    expect(gazeCalibrated(false, makeVision({ calibrationUsed: true }))).toBe(false);
    expect(gazeCalibrated(true, null)).toBe(false);
  });
});
