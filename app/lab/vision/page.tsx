"use client";
/**
 * Vision bench / diagnostic page: opens the camera, runs the vision worker on every frame it can and
 * publishes figures on window.__visionBench for scripts/bench-vision.ts. `?landmarker=<url>` switches
 * to the MediaPipe engine; `?emotionIntervalMs=N` sets the minimum gap between expression runs (0 = every frame);
 * `?emotionModel=<registry id>` picks the expression model (default: the registry's default).
 */
import { useEffect, useRef, useState } from "react";
import { ExpressionIndicator } from "@/components/vision/expression-indicator";
import { GazeGridIndicator } from "@/components/vision/gaze-grid-indicator";
import { useVisionEngine } from "@/components/vision/use-vision-engine";
import { mean, quantile } from "@/lib/stats";
import { AnswerRecorder } from "@/lib/vision/analysis/answer-recorder";
import { isEmotionChoiceId } from "@/lib/vision/model-registry";
import type { VisionSummary } from "@/lib/vision/schemas";
import type { FrameResult, VisionWorkerConfig } from "@/lib/vision/worker/protocol";

type Stage = "readPixelsMs" | "preprocessMs" | "detectMs" | "landmarksMs" | "emotionMs" | "totalMs";
const STAGES: Stage[] = ["readPixelsMs", "preprocessMs", "detectMs", "landmarksMs", "emotionMs", "totalMs"];
/** Keep the last few hundred frames: enough for stable medians, bounded memory. */
const WINDOW = 600;

export interface VisionBenchFigures {
  status: string;
  error: string | null;
  engine: string | null;
  models: { id: string; version: string }[];
  warnings: string[];
  startedAt: number;
  elapsedS: number;
  framesAnalysed: number;
  framesWithFace: number;
  framesWithEmotion: number;
  /** Frames analysed per second since the first analysed frame. */
  analysedFps: number;
  emotionFps: number;
  stageMsMean: Record<Stage, number>;
  stageMsP50: Record<Stage, number>;
  stageMsP95: Record<Stage, number>;
  longTasks: { count: number; totalMs: number; maxMs: number; entries: { startTime: number; duration: number }[] };
  frameSize: { width: number; height: number } | null;
  /** Per-answer summary over everything analysed so far (the same code the interview uses). */
  summary: VisionSummary | null;
}

declare global {
  interface Window {
    __visionBench?: VisionBenchFigures;
  }
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export default function VisionBenchPage() {
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const [cameraError, setCameraError] = useState<string | null>(null);
  const [params] = useState(() => {
    if (typeof window === "undefined") return { config: {}, emotionIntervalMs: undefined as number | undefined };
    const search = new URLSearchParams(window.location.search);
    const landmarker = search.get("landmarker");
    const config: Partial<VisionWorkerConfig> = landmarker ? { faceLandmarker: { modelUrl: landmarker, wasmBaseUrl: "/vendor/mediapipe-wasm/" } } : {};
    const emotionModel = search.get("emotionModel");
    if (emotionModel && isEmotionChoiceId(emotionModel)) config.emotionModel = emotionModel;
    const interval = search.get("emotionIntervalMs");
    return { config, emotionIntervalMs: interval === null || !Number.isFinite(Number(interval)) ? undefined : Number(interval) };
  });
  const samples = useRef<{ stages: Record<Stage, number[]>; first: number; last: number; frames: number; face: number; emotion: number; size: FrameResult["frameWidth"][] }>({
    stages: Object.fromEntries(STAGES.map((s) => [s, []])) as unknown as Record<Stage, number[]>,
    first: 0,
    last: 0,
    frames: 0,
    face: 0,
    emotion: 0,
    size: [],
  });
  const longTasks = useRef<{ startTime: number; duration: number }[]>([]);
  const recorder = useRef<{ recorder: AnswerRecorder; engine: string } | null>(null);
  const [figures, setFigures] = useState<VisionBenchFigures | null>(null);
  const startedAt = useRef(0);

  useEffect(() => {
    startedAt.current = performance.now();
    let stream: MediaStream | null = null;
    let cancelled = false;
    navigator.mediaDevices
      .getUserMedia({ video: { width: { ideal: 640 }, height: { ideal: 480 } }, audio: false })
      .then((s) => {
        // Dev mode mounts effects twice: a stream that arrives after cleanup is stopped at once.
        if (cancelled) {
          s.getTracks().forEach((t) => t.stop());
          return;
        }
        stream = s;
        const video = videoRef.current;
        if (!video) return;
        video.srcObject = s;
        return video.play();
      })
      .catch((e: unknown) => {
        // play() interrupted by a newer srcObject is harmless.
        if (cancelled || (e instanceof DOMException && e.name === "AbortError")) return;
        setCameraError(e instanceof Error ? e.message : String(e));
      });
    // Long tasks on the main thread: analysis runs in the worker, so there should be none from it.
    let observer: PerformanceObserver | null = null;
    try {
      observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.current.push({ startTime: round1(entry.startTime), duration: round1(entry.duration) });
      });
      observer.observe({ type: "longtask", buffered: true });
    } catch {
      // Browsers without the Long Tasks API: the figure stays empty.
    }
    return () => {
      cancelled = true;
      observer?.disconnect();
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, []);

  const vision = useVisionEngine({
    videoRef,
    config: params.config,
    emotionIntervalMs: params.emotionIntervalMs,
    onResult: (result) => {
      const s = samples.current;
      const t = performance.now();
      if (s.frames === 0) s.first = t;
      s.last = t;
      s.frames++;
      if (result.frame.faceFound) s.face++;
      if (result.frame.emotions) s.emotion++;
      s.size = [result.frameWidth, result.frameHeight];
      recorder.current?.recorder.add(result.frame);
      for (const stage of STAGES) {
        // Detection and expression do not run on every frame: their figures cover the frames they ran on.
        if (stage === "detectMs" && result.timings.detectMs === 0) continue;
        if (stage === "emotionMs" && !result.frame.emotions) continue;
        const arr = s.stages[stage];
        arr.push(result.timings[stage]);
        if (arr.length > WINDOW) arr.shift();
      }
    },
  });

  useEffect(() => {
    // One "answer" spanning the whole bench run, started once the engine is known.
    if (vision.engine && recorder.current?.engine !== vision.engine) {
      recorder.current = { recorder: new AnswerRecorder(performance.now(), { engine: vision.engine, models: vision.models }), engine: vision.engine };
    }
  }, [vision.engine, vision.models]);

  useEffect(() => {
    let ticks = 0;
    let lastSummary: VisionSummary | null = null;
    const publish = () => {
      const s = samples.current;
      const span = (s.last - s.first) / 1000;
      const stat = (f: (xs: number[]) => number) => Object.fromEntries(STAGES.map((st) => [st, round1(f(s.stages[st]))])) as Record<Stage, number>;
      const lt = longTasks.current;
      const next: VisionBenchFigures = {
        status: cameraError ? "camera-error" : vision.status,
        error: cameraError ?? vision.error,
        engine: vision.engine,
        models: vision.models,
        warnings: vision.warnings,
        startedAt: startedAt.current,
        elapsedS: round1((performance.now() - startedAt.current) / 1000),
        framesAnalysed: s.frames,
        framesWithFace: s.face,
        framesWithEmotion: s.emotion,
        analysedFps: span > 0 ? round1((s.frames - 1) / span) : 0,
        emotionFps: span > 0 ? round1(s.emotion / span) : 0,
        stageMsMean: stat((xs) => mean(xs) ?? 0),
        stageMsP50: stat((xs) => quantile(xs, 0.5) ?? 0),
        stageMsP95: stat((xs) => quantile(xs, 0.95) ?? 0),
        longTasks: {
          count: lt.length,
          totalMs: round1(lt.reduce((a, e) => a + e.duration, 0)),
          maxMs: round1(Math.max(0, ...lt.map((e) => e.duration))),
          entries: lt.slice(-50),
        },
        frameSize: s.size.length === 2 ? { width: s.size[0] as number, height: s.size[1] as number } : null,
        // The summary is the costliest part of publishing: refresh it every 5 s only.
        summary:
          recorder.current && recorder.current.recorder.frameCount > 0 && (ticks++ % 5 === 0 || !lastSummary)
            ? (lastSummary = recorder.current.recorder.finish(performance.now()).summary)
            : lastSummary,
      };
      window.__visionBench = next;
      setFigures(next);
    };
    publish();
    const timer = setInterval(publish, 1000);
    return () => clearInterval(timer);
  }, [vision.status, vision.error, vision.engine, vision.models, vision.warnings, cameraError]);

  const frame = vision.latest;
  return (
    <main className="mx-auto flex max-w-4xl flex-col gap-4 p-6">
      <h1 className="text-xl font-semibold">Vision bench</h1>
      <p className="text-sm text-neutral-600">
        Video stays in this browser: frames are analysed in a Web Worker and only numbers leave it. Expression figures
        describe what the face shows, not what anyone feels.
      </p>
      <div className="flex flex-wrap items-start gap-6">
        <video ref={videoRef} muted playsInline className="w-80 -scale-x-100 rounded bg-black" />
        <div className="flex flex-col gap-3">
          <GazeGridIndicator frame={frame} />
          <ExpressionIndicator frame={frame} />
        </div>
      </div>
      <section className="text-sm">
        <div>
          Status: <b data-testid="vision-status">{cameraError ? `camera error: ${cameraError}` : vision.status}</b>
          {vision.status === "loading" && ` (${Math.round(vision.progress * 100)}%)`}
          {vision.error && <span className="text-red-600"> — {vision.error}</span>}
        </div>
        <div>
          Engine: {vision.engine ?? "…"} {vision.models.map((m) => m.id).join(", ")}
        </div>
        {vision.warnings.map((w) => (
          <div key={w} className="text-amber-700">
            {w}
          </div>
        ))}
        {frame?.faceFound && frame.head && (
          <div>
            Head yaw/pitch/roll {frame.head.yaw.toFixed(0)}° / {frame.head.pitch.toFixed(0)}° / {frame.head.roll.toFixed(0)}°; gaze{" "}
            {frame.gaze ? `${frame.gaze.yaw.toFixed(0)}° / ${frame.gaze.pitch.toFixed(0)}°` : "—"}; eye openness {frame.eyes?.openness.toFixed(2)}
          </div>
        )}
        {figures && (
          <pre className="mt-2 overflow-x-auto rounded bg-neutral-100 p-2 text-xs">
            {JSON.stringify({ analysedFps: figures.analysedFps, emotionFps: figures.emotionFps, frames: figures.framesAnalysed, withFace: figures.framesWithFace, p50: figures.stageMsP50, longTasks: figures.longTasks.count }, null, 2)}
          </pre>
        )}
      </section>
    </main>
  );
}
