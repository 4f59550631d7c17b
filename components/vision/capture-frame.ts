"use client";

import { ANALYSIS_FRAME_WIDTH } from "@/lib/vision/constants";

/**
 * The picture a <video> shows now, as an ImageBitmap no wider than maxWidth. createImageBitmap
 * decodes and scales off the main thread, and the bitmap can be transferred to the worker.
 */
export function captureFrame(video: HTMLVideoElement, maxWidth = ANALYSIS_FRAME_WIDTH): Promise<ImageBitmap> {
  const scale = Math.min(1, maxWidth / video.videoWidth);
  return createImageBitmap(video, {
    resizeWidth: Math.round(video.videoWidth * scale),
    resizeHeight: Math.round(video.videoHeight * scale),
    resizeQuality: "low",
  });
}
