"use client";
/**
 * Uploaded-video mode: measures face and gaze in a video file the candidate picked, on the device,
 * with the same worker, engine and per-answer summary as a live answer. The file is played (muted, fast)
 * and paused on each sampled frame until the worker can take it, so every sample is analysed whatever the
 * machine's speed, and timestamps are the video's own. (It used to seek to each frame: every seek decodes
 * again from the previous keyframe, which alone took twice the video's length on a 540x960 phone clip.)
 * Browsers without requestVideoFrameCallback still seek. The video itself never leaves the page.
 */
import { MAX_ANSWER_SECONDS } from "@/lib/vision/constants";
import { AnswerRecorder } from "@/lib/vision/analysis/answer-recorder";
import { FILE_PLAYBACK_RATE, FILE_SAMPLE_FPS, nextPlaybackRate, runsEmotion, sampleFor } from "@/lib/vision/analysis/file-sampling";
import type { VisionUpload } from "@/lib/vision/schemas";
import type { VisionWorkerConfig } from "@/lib/vision/worker/protocol";
import { VisionClient } from "@/lib/vision/worker/vision-client";
import { captureFrame } from "./capture-frame";

/** A seek, or a wait for the next frame, that takes longer than this means the browser stopped decoding the file. */
const SEEK_TIMEOUT_MS = 15_000;
const NO_PICTURE_MESSAGE =
  "No picture could be read from this file (it has no video, or video this browser cannot play, such as HEVC), so face and gaze were not measured.";
const UNDECODABLE_VIDEO_MESSAGE = "This browser cannot decode the video in this file, so face and gaze were not measured.";

/** A MediaError or event as text (they are not Errors, and String() of them says "[object ...]"). */
function mediaErrorMessage(error: unknown): string {
  if (typeof error === "object" && error !== null && "message" in error && typeof error.message === "string" && error.message) return error.message;
  return "The video could not be played in this browser.";
}

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
    // No picture: either no video track, or one this browser cannot decode (Debian's Chromium plays neither
    // HEVC nor MPEG-4 Part 2 and then reports only the audio), so the message names both.
    if (video.videoWidth === 0 || video.videoHeight === 0) throw new Error(NO_PICTURE_MESSAGE);
    return { video, close };
  } catch (error) {
    close();
    throw error;
  }
}

type Sampler = (seconds: number, index: number) => Promise<void>;

/** The fallback: seek to each sample in turn. */
async function seekThrough(video: HTMLVideoElement, count: number, signal: AbortSignal, sample: Sampler): Promise<void> {
  for (let index = 0; index < count; index++) {
    const seconds = index / FILE_SAMPLE_FPS;
    await seek(video, seconds, signal);
    await sample(seconds, index);
  }
}

/**
 * Plays the first `durationSec` and hands `sample` each frame that starts a sample slot, paused until it has been
 * captured. Rejects when no new frame arrives for SEEK_TIMEOUT_MS, or when `signal` aborts.
 */
async function playThrough(video: HTMLVideoElement, durationSec: number, signal: AbortSignal, sample: Sampler): Promise<void> {
  if (video.currentTime !== 0) await seek(video, 0, signal);
  // The decoder runs ahead of the worker between samples, and slows where this machine cannot keep up.
  video.playbackRate = FILE_PLAYBACK_RATE.max;
  await new Promise<void>((resolve, reject) => {
    let last = -1;
    let done = false;
    let timer = setTimeout(() => stop(new Error(UNDECODABLE_VIDEO_MESSAGE)), SEEK_TIMEOUT_MS);
    const stop = (error?: unknown) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      video.pause();
      video.removeEventListener("ended", onEnded);
      signal.removeEventListener("abort", onAbort);
      if (error) reject(error instanceof Error ? error : new Error(mediaErrorMessage(error)));
      else resolve();
    };
    const onEnded = () => stop();
    // A play() cut short by our own pause() for the next sample rejects with AbortError: not a failure.
    const onPlayError = (error: unknown) => {
      if (!(error instanceof DOMException && error.name === "AbortError")) stop(error);
    };
    const onAbort = () => stop(signal.reason instanceof Error ? signal.reason : new DOMException("Cancelled", "AbortError"));
    const onFrame = (_now: number, metadata: VideoFrameCallbackMetadata) => {
      if (done) return;
      clearTimeout(timer);
      timer = setTimeout(() => stop(new Error(UNDECODABLE_VIDEO_MESSAGE)), SEEK_TIMEOUT_MS);
      const seconds = metadata.mediaTime;
      if (seconds >= durationSec) return stop();
      const index = sampleFor(seconds, last);
      if (index === null) {
        video.requestVideoFrameCallback(onFrame);
        return;
      }
      video.playbackRate = nextPlaybackRate(video.playbackRate, index - last - 1);
      last = index;
      video.pause();
      sample(seconds, index).then(() => {
        if (done) return;
        video.requestVideoFrameCallback(onFrame);
        void video.play().catch(onPlayError);
      }, stop);
    };
    video.addEventListener("ended", onEnded);
    signal.addEventListener("abort", onAbort);
    if (signal.aborted) return onAbort();
    video.requestVideoFrameCallback(onFrame);
    void video.play().catch(onPlayError);
  });
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
    const ready = await client.init(config, (share) => onProgress?.({ stage: "models", share }));
    const recorder = new AnswerRecorder(0, { engine: ready.engine, models: ready.models, source: "file" });
    const expected = Math.max(1, Math.floor(durationSec * FILE_SAMPLE_FPS));
    let lastEmotionMs = -Infinity;
    let analysing: Promise<void> = Promise.resolve();
    // Capture now, analyse while the next frame decodes: the worker holds one frame at a time.
    const sample = async (seconds: number, index: number) => {
      const bitmap = await captureFrame(video);
      await analysing;
      const timestampMs = seconds * 1000;
      const runEmotion = runsEmotion(timestampMs, lastEmotionMs);
      if (runEmotion) lastEmotionMs = timestampMs;
      analysing = client.analyse(bitmap, { timestampMs, calibration: null, runEmotion }).then((result) => {
        if (result) recorder.add(result.frame);
        onProgress?.({ stage: "frames", share: Math.min(1, (index + 1) / expected) });
      });
    };
    if ("requestVideoFrameCallback" in video) await playThrough(video, durationSec, signal, sample);
    else await seekThrough(video, expected, signal, sample);
    await analysing;
    return recorder.finish(durationSec * 1000);
  } finally {
    client.terminate();
    close();
  }
}
