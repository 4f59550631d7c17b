import type { VisionSummary } from "@/lib/vision/schemas";

/**
 * Whether an answer's gaze figures used the session's calibration: only when its frames did. A
 * session calibrated after this answer's frames does not count, and a video file was analysed
 * without it (its camera and screen are unknown).
 */
export function gazeCalibrated(sessionCalibrated: boolean, vision: VisionSummary | null): boolean {
  return sessionCalibrated && vision?.source !== "file" && vision?.calibrationUsed === true;
}
