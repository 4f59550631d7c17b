/**
 * Plain-language hints for the device check, from the latest analysed frame and the preview's
 * brightness. Pure, so each threshold is unit-tested.
 */
import type { VisionFrame } from "@/lib/vision/schemas";

/** A face narrower than this share of the frame is too far for reliable eye tracking. */
export const FACE_TOO_SMALL = 0.16;
/** Wider than this and the face is cut off when the candidate moves. */
export const FACE_TOO_LARGE = 0.6;
/** How far (share of the frame) the face centre may drift from the middle. */
export const OFF_CENTRE = 0.22;
/** Mean luminance (0-255) under which face analysis gets unreliable. */
export const TOO_DARK = 55;

export function framingHint(frame: VisionFrame | null, engineReady: boolean): string | null {
  if (!engineReady || !frame) return null;
  if (!frame.faceFound || !frame.box) return "Face not found: sit facing the camera, with your whole face in view.";
  const { x, y, width, height } = frame.box;
  if (width < FACE_TOO_SMALL) return "Move a little closer to the camera.";
  if (width > FACE_TOO_LARGE) return "Move back a little so your whole face stays in view.";
  const centreX = x + width / 2;
  const centreY = y + height / 2;
  if (Math.abs(centreX - 0.5) > OFF_CENTRE || Math.abs(centreY - 0.5) > OFF_CENTRE) return "Centre your face in the picture.";
  return null;
}

export function lightingHint(brightness: number | null): string | null {
  if (brightness === null) return null;
  return brightness < TOO_DARK ? "The picture is dark: add light in front of you (not behind)." : null;
}
