"use client";
/**
 * Runs the vision worker on a <video> element: starts the worker on mount, feeds it every frame it
 * can take (at most one in flight, plus one frame captured meanwhile that is sent when the worker answers; older frames are skipped) and
 * terminates it on unmount. Per-answer recording produces the { summary, timeline } upload payload.
 *
 *   const vision = useVisionEngine({ videoRef, calibration });
 *   vision.startAnswer();             // when the answer timer starts
 *   const payload = vision.finishAnswer(); // VisionUpload, validated by visionUploadSchema
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { AnswerRecorder } from "@/lib/vision/analysis/answer-recorder";
import type { VisionEngineId } from "@/lib/vision/constants";
import type { GazeCalibration, ModelRef, VisionFrame, VisionUpload } from "@/lib/vision/schemas";
import type { FrameResult, VisionWorkerConfig } from "@/lib/vision/worker/protocol";
import { VisionClient } from "@/lib/vision/worker/vision-client";
import { captureFrame } from "./capture-frame";

export type VisionStatus = "idle" | "loading" | "ready" | "error";

export interface UseVisionEngineOptions {
  videoRef: RefObject<HTMLVideoElement | null>;
  /** Start the worker and analyse frames (default true). Turning it off terminates the worker. */
  enabled?: boolean;
  calibration?: GazeCalibration | null;
  /**
   * Minimum time between two runs of the expression model (default EMOTION_INTERVAL_MS): landmarks and
   * gaze run on every frame, expression at a rate that still fills every 250 ms timeline step.
   */
  emotionIntervalMs?: number;
  /** Frames are scaled down to this width before analysis (default ANALYSIS_FRAME_WIDTH, 640). */
  maxWidth?: number;
  /** Ask the worker for the 478 landmarks (overlays, calibration UIs). */
  wantLandmarks?: boolean;
  /** Model / wasm URLs and the optional MediaPipe engine. */
  config?: Partial<VisionWorkerConfig>;
  /** Called for every analysed frame (not throttled: keep it cheap). */
  onResult?: (result: FrameResult) => void;
}

export interface UseVisionEngine {
  status: VisionStatus;
  /** Model loading progress 0..1. */
  progress: number;
  error: string | null;
  engine: VisionEngineId | null;
  models: ModelRef[];
  /** Non-fatal start-up notes, e.g. the configured emotion model was missing and Human's ran instead. */
  warnings: string[];
  /** Most recent frame, refreshed at most 4 times a second to keep React renders cheap. */
  latest: VisionFrame | null;
  /** Frames analysed per second over the last 2 s. */
  analysedFps: number;
  /** Begin collecting frames for one answer. */
  startAnswer: () => void;
  /** Stop collecting and return the upload payload (null when no answer was started). */
  finishAnswer: () => VisionUpload | null;
  /** Uncalibrated gaze of the latest frame, for the calibration UI. */
  getRawGaze: () => { yaw: number; pitch: number } | null;
  /** Forget the tracked face (e.g. after the camera changes). */
  reset: () => void;
}

const UI_REFRESH_MS = 250;
/**
 * 5 Hz: every 250 ms timeline step still gets an expression reading, and at a 15 fps camera the
 * frames without one leave the worker time to analyse every camera frame (at ~8 Hz the frames
 * that ran the expression model overran 66 ms and made the next frame wait for the one after).
 */
const EMOTION_INTERVAL_MS = 190;

export function useVisionEngine(options: UseVisionEngineOptions): UseVisionEngine {
  const { videoRef, enabled = true, config } = options;
  const [status, setStatus] = useState<VisionStatus>("idle");
  const [progress, setProgress] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [engine, setEngine] = useState<VisionEngineId | null>(null);
  const [models, setModels] = useState<ModelRef[]>([]);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [latest, setLatest] = useState<VisionFrame | null>(null);
  const [analysedFps, setAnalysedFps] = useState(0);

  const clientRef = useRef<VisionClient | null>(null);
  const recorderRef = useRef<AnswerRecorder | null>(null);
  const rawGazeRef = useRef<{ yaw: number; pitch: number } | null>(null);
  const metaRef = useRef<{ engine: VisionEngineId; models: ModelRef[] } | null>(null);
  // Latest option values, read inside the frame loop without restarting it.
  const optionsRef = useRef(options);
  useEffect(() => {
    optionsRef.current = options;
  });
  const configKey = JSON.stringify(config ?? {});

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    let frameHandle: number | null = null;
    /** The element the pending callback was registered on (the ref may change before cleanup). */
    let scheduledOn: HTMLVideoElement | null = null;
    let lastEmotionAt = -Infinity;
    /** True from capture until the worker answers: covers the createImageBitmap gap before client.busy. */
    let pending = false;
    const doneTimes: number[] = [];
    let lastUi = 0;

    const client = VisionClient.create();
    clientRef.current = client;
    // Reset the visible state from a callback, not synchronously in the effect body.
    void Promise.resolve().then(() => {
      if (cancelled) return;
      setStatus("loading");
      setProgress(0);
      setError(null);
    });

    const schedule = () => {
      if (cancelled) return;
      const video = videoRef.current;
      // requestVideoFrameCallback fires once per new camera frame, so no frame is analysed twice.
      if (video && "requestVideoFrameCallback" in video) {
        scheduledOn = video;
        frameHandle = video.requestVideoFrameCallback(() => onFrame());
      } else {
        scheduledOn = null;
        frameHandle = requestAnimationFrame(() => onFrame());
      }
    };

    /**
     * One camera frame captured while the worker was busy, sent the moment it answers: capture overlaps
     * analysis, so a frame whose analysis ran long (the ones with the expression model) no longer costs the
     * next camera frame. The worker itself still holds one frame at a time and never queues.
     */
    let held: { bitmap: ImageBitmap; timestampMs: number } | null = null;
    let capturingHeld = false;

    const analyse = (bitmap: Promise<ImageBitmap>, timestampMs: number) => {
      pending = true;
      const opts = optionsRef.current;
      const runEmotion = timestampMs - lastEmotionAt >= (opts.emotionIntervalMs ?? EMOTION_INTERVAL_MS);
      if (runEmotion) lastEmotionAt = timestampMs;
      bitmap
        .then((frame) =>
          client.analyse(frame, {
            timestampMs,
            calibration: opts.calibration ?? null,
            runEmotion,
            wantLandmarks: opts.wantLandmarks ?? false,
          }),
        )
        .then((result) => {
          if (!result || cancelled) return;
          rawGazeRef.current = result.rawGaze;
          recorderRef.current?.add(result.frame);
          optionsRef.current.onResult?.(result);
          const t = performance.now();
          doneTimes.push(t);
          while (doneTimes.length && (doneTimes[0] as number) < t - 2000) doneTimes.shift();
          if (t - lastUi >= UI_REFRESH_MS) {
            lastUi = t;
            setLatest(result.frame);
            setAnalysedFps(doneTimes.length / 2);
          }
        })
        .catch((e: unknown) => {
          if (cancelled) return;
          setError(e instanceof Error ? e.message : String(e));
        })
        .finally(() => {
          pending = false;
          const next = held;
          held = null;
          if (next && !cancelled) analyse(Promise.resolve(next.bitmap), next.timestampMs);
          else next?.bitmap.close();
        });
    };

    const onFrame = () => {
      schedule();
      const video = videoRef.current;
      if (cancelled || !video || video.readyState < 2 || video.videoWidth === 0) return;
      const timestampMs = performance.now();
      if (!pending && !client.busy) {
        analyse(captureFrame(video, optionsRef.current.maxWidth), timestampMs);
        return;
      }
      // Busy: keep this frame (one at most, the newest wins over none) for when the worker is free.
      if (held || capturingHeld) return;
      capturingHeld = true;
      captureFrame(video, optionsRef.current.maxWidth)
        .then((bitmap) => {
          if (cancelled) return bitmap.close();
          if (!pending && !client.busy) analyse(Promise.resolve(bitmap), timestampMs);
          else held = { bitmap, timestampMs };
        })
        .catch(() => undefined)
        .finally(() => {
          capturingHeld = false;
        });
    };

    client
      .init(JSON.parse(configKey) as Partial<VisionWorkerConfig>, (share) => {
        if (!cancelled) setProgress(share);
      })
      .then((ready) => {
        if (cancelled) return;
        metaRef.current = { engine: ready.engine, models: ready.models };
        setEngine(ready.engine);
        setModels(ready.models);
        setWarnings(ready.warnings);
        setProgress(1);
        setStatus("ready");
        schedule();
      })
      .catch((e: unknown) => {
        if (cancelled) return;
        setStatus("error");
        setError(e instanceof Error ? e.message : String(e));
      });

    return () => {
      cancelled = true;
      held?.bitmap.close();
      held = null;
      if (frameHandle !== null) {
        if (scheduledOn) scheduledOn.cancelVideoFrameCallback(frameHandle);
        else cancelAnimationFrame(frameHandle);
      }
      client.terminate();
      if (clientRef.current === client) clientRef.current = null;
      setStatus("idle");
    };
  }, [enabled, configKey, videoRef]);

  const startAnswer = useCallback(() => {
    const meta = metaRef.current ?? { engine: "tfjs-human" as const, models: [] };
    recorderRef.current = new AnswerRecorder(performance.now(), meta);
  }, []);

  const finishAnswer = useCallback((): VisionUpload | null => {
    const recorder = recorderRef.current;
    recorderRef.current = null;
    return recorder ? recorder.finish(performance.now()) : null;
  }, []);

  const getRawGaze = useCallback(() => rawGazeRef.current, []);
  const reset = useCallback(() => {
    void clientRef.current?.reset().catch(() => undefined);
  }, []);

  return { status, progress, error, engine, models, warnings, latest, analysedFps, startAnswer, finishAnswer, getRawGaze, reset };
}
