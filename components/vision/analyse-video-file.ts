"use client";
/**
 * Uploaded-video mode: measures face and gaze in a video file the candidate picked, on the device,
 * with the same worker, engine and per-answer summary as a live answer. The file is stepped through
 * by seeking at a fixed rate instead of being played, so every sampled frame is analysed whatever
 * the machine's speed, and timestamps are the video's own. The video itself never leaves the page.
 */
import { MAX_ANSWER_SECONDS } from "@/lib/vision/constants";
import { AnswerRecorder } from "@/lib/vision/analysis/answer-recorder";
import type { VisionUpload } from "@/lib/vision/schemas";
import type { VisionWorkerConfig } from "@/lib/vision/worker/protocol";
import { VisionClient } from "@/lib/vision/worker/vision-client";
import { captureFrame } from "./capture-frame";

/** Frames sampled per second of video: every 250 ms timeline step gets two or three, blinks are mostly caught. */
const FILE_ANALYSIS_FPS = 10;
/** A seek that takes longer than this means the browser stopped decoding the file. */
const SEEK_TIMEOUT_MS = 15_000;

const UNDECODABLE_VIDEO_MESSAGE = "This browser cannot decode the video in this file, so face and gaze were not measured.";

export interface FileAnalysisProgress {
  stage: "models" | "frames";
  /** 0..1 within the stage. */
  share: number;
}

/** Resolves on `event`, rejects on the element's error event, on `timeoutMs`, or when `signal` aborts. */
function waitForVideo(video: HTMLVideoElement, event: keyof HTMLMediaElementEventMap, signal: AbortSignal, timeoutMs = SEEK_TIMEOUT_MS): Promise<void> {
  return new Promise((resolve, reject) => {
    const finish = (outcome: () => void) => {
      clearTimeout(timer);
      video.removeEventListener(event, onEvent);
      video.removeEventListener("error", onError);
      signal.removeEventListener("abort", onAbort);
      outcome();
    };
    const onEvent = () => finish(resolve);
    const onError = () => finish(() => reject(new Error(UNDECODABLE_VIDEO_MESSAGE)));
    const onAbort = () => finish(() => reject(signal.reason instanceof Error ? signal.reason : new DOMException("Cancelled", "AbortError")));
    const timer = setTimeout(() => finish(() => reject(new Error(UNDECODABLE_VIDEO_MESSAGE))), timeoutMs);
    video.addEventListener(event, onEvent);
    video.addEventListener("error", onError);
    signal.addEventListener("abort", onAbort);
    if (signal.aborted) onAbort();
  });
}

async function seek(video: HTMLVideoElement, seconds: number, signal: AbortSignal): Promise<void> {
  const seeked = waitForVideo(video, "seeked", signal);
  video.currentTime = seconds;
  await seeked;
}

/**
 * Duration in seconds. Browser recordings (MediaRecorder WebM) carry no duration in their header;
 * seeking far past the end makes the browser scan the file and report it.
 */
async function videoDuration(video: HTMLVideoElement, signal: AbortSignal): Promise<number> {
  if (Number.isFinite(video.duration)) return video.duration;
  await seek(video, Number.MAX_SAFE_INTEGER, signal);
  if (!Number.isFinite(video.duration)) throw new Error(UNDECODABLE_VIDEO_MESSAGE);
  return video.duration;
}

/** Opens the file in a detached, muted <video> element; rejects when it has no decodable picture. */
async function openVideo(file: Blob, signal: AbortSignal): Promise<{ video: HTMLVideoElement; close: () => void }> {
  const url = URL.createObjectURL(file);
  const video = document.createElement("video");
  const close = () => {
    video.removeAttribute("src");
    video.load();
    URL.revokeObjectURL(url);
  };
  video.muted = true;
  video.playsInline = true;
  video.preload = "auto";
  try {
    const loaded = waitForVideo(video, "loadeddata", signal);
    video.src = url;
    await loaded;
    if (video.videoWidth === 0 || video.videoHeight === 0) throw new Error("This file has no picture, so face and gaze were not measured.");
    return { video, close };
  } catch (error) {
    close();
    throw error;
  }
}

/**
 * Analyses the first MAX_ANSWER_SECONDS of a video file and returns the same { summary, timeline }
 * payload as a live answer, marked source "file" (no gaze calibration: the camera and screen are unknown).
 */
export async function analyseVideoFile(
  file: Blob,
  { config, onProgress, signal = new AbortController().signal }: { config: Partial<VisionWorkerConfig>; onProgress?: (progress: FileAnalysisProgress) => void; signal?: AbortSignal },
): Promise<VisionUpload> {
  const { video, close } = await openVideo(file, signal);
  const client = VisionClient.create();
  try {
    const durationSec = Math.min(await videoDuration(video, signal), MAX_ANSWER_SECONDS);
    if (durationSec <= 0) throw new Error("This video is empty, so face and gaze were not measured.");
    onProgress?.({ stage: "models", share: 0 });
    const ready = await client.init(config, (loaded, total) => onProgress?.({ stage: "models", share: total > 0 ? loaded / total : 0 }));
    const recorder = new AnswerRecorder(0, { engine: ready.engine, models: ready.models, source: "file" });
    const frameCount = Math.max(1, Math.floor(durationSec * FILE_ANALYSIS_FPS));
    for (let index = 0; index < frameCount; index++) {
      const seconds = index / FILE_ANALYSIS_FPS;
      await seek(video, seconds, signal);
      const result = await client.analyse(await captureFrame(video), { timestampMs: seconds * 1000, calibration: null, runEmotion: true });
      if (result) recorder.add(result.frame);
      onProgress?.({ stage: "frames", share: (index + 1) / frameCount });
    }
    return recorder.finish(durationSec * 1000);
  } finally {
    client.terminate();
    close();
  }
}
