import type { SessionMode } from "@/lib/db/generated/enums";
import type { VisionSource } from "@/lib/vision/constants";

/**
 * What a session's figures were measured from, for report headers. The mode says how the session was started;
 * answers of a microphone-only session may since have had a video file analysed on the device, so it is counted.
 */
export function describeSessionMedia(mode: SessionMode, answerSources: readonly (VisionSource | null | undefined)[]): string {
  if (mode === "TEXT") return "typed answers";
  if (mode === "LIVE") return "camera and microphone";
  const fromFiles = answerSources.filter((source) => source === "file").length;
  const base = mode === "UPLOADED_RECORDING" ? "uploaded recordings" : "microphone only";
  if (fromFiles === 0) return base;
  const videos = `face and gaze from an uploaded video for ${fromFiles} of ${answerSources.length} ${answerSources.length === 1 ? "answer" : "answers"}`;
  return mode === "UPLOADED_RECORDING" ? `${base}; ${videos}` : `microphone; ${videos}`;
}
