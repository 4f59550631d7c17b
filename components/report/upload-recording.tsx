"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { extractAudio, needsExtraction } from "@/components/interview/extract-audio";
import { uploadAnswerMedia } from "@/components/interview/upload-answer-media";
import { useUploadDriver } from "@/components/interview/upload-driver";
import { uploadVisionResults } from "@/components/interview/upload-with-retry";
import { analyseVideoFile, type FileAnalysisProgress } from "@/components/vision/analyse-video-file";
import { sniffMedia, SNIFF_BYTES, UNSUPPORTED_MEDIA_MESSAGE } from "@/lib/speech/media-sniff";
import type { VisionWorkerConfig } from "@/lib/vision/worker/protocol";

type Phase =
  | { kind: "idle"; done?: string }
  | { kind: "extracting"; progress: number }
  | { kind: "uploading"; progress: number; note?: string }
  | { kind: "analysing"; stage: FileAnalysisProgress["stage"]; progress: number }
  | { kind: "error"; message: string };

const VIDEO_EXTENSION = /\.(mp4|m4v|mov|webm|mkv)$/i;
const isVideoFile = (file: File) => file.type.startsWith("video/") || VIDEO_EXTENSION.test(file.name);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Lets the candidate (re)place an answer's recording with a file: video files are reduced to audio
 * in the browser first, then uploaded with progress and automatic retry. The new file replaces the
 * old one and its speech analysis. When the candidate opts in, a video file's face and gaze are then
 * measured on this device too (uploaded-video mode); only the measurements are sent.
 */
export function UploadRecording({
  answerId,
  replaceable,
  visionConfig,
}: {
  answerId: string;
  /** False while the answer's current recording is uploading or being analysed. */
  replaceable: boolean;
  visionConfig: Partial<VisionWorkerConfig>;
}) {
  const router = useRouter();
  const uploadDriver = useUploadDriver();
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [measureFace, setMeasureFace] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const checkboxId = useId();
  // Leaving the page stops a measurement in progress (and its worker).
  useEffect(() => () => abort.current?.abort(), []);

  async function uploadAudio(file: File) {
    let body: Blob = file;
    if (needsExtraction(file)) {
      setPhase({ kind: "extracting", progress: 0 });
      body = await extractAudio(file, (progress) => setPhase({ kind: "extracting", progress }));
    }
    setPhase({ kind: "uploading", progress: 0 });
    await uploadAnswerMedia(uploadDriver, answerId, "audio", body, {
      onProgress: (progress) => setPhase({ kind: "uploading", progress }),
      onRetry: (attempt, reason) => setPhase({ kind: "uploading", progress: 0, note: `${reason} Retrying (attempt ${attempt})...` }),
    });
  }

  async function measureVideo(file: File) {
    const controller = new AbortController();
    abort.current = controller;
    try {
      setPhase({ kind: "analysing", stage: "models", progress: 0 });
      const payload = await analyseVideoFile(file, {
        config: visionConfig,
        signal: controller.signal,
        onProgress: ({ stage, share }) => setPhase({ kind: "analysing", stage, progress: share }),
      });
      setPhase({ kind: "uploading", progress: 0 });
      await uploadVisionResults(answerId, payload, { onProgress: (progress) => setPhase({ kind: "uploading", progress }) });
    } finally {
      abort.current = null;
    }
  }

  async function onFile(file: File | undefined) {
    if (!file) return;
    try {
      // The same content check as the server's, before spending time on extraction.
      if (!sniffMedia(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()))) throw new Error(UNSUPPORTED_MEDIA_MESSAGE);
      await uploadAudio(file);
    } catch (error) {
      setPhase({ kind: "error", message: messageOf(error) });
      return;
    }
    router.refresh();
    if (!measureFace || !isVideoFile(file)) {
      setPhase({ kind: "idle" });
      return;
    }
    try {
      await measureVideo(file);
      setPhase({ kind: "idle", done: "Face and gaze measured on this device; the video was not uploaded." });
      router.refresh();
    } catch (error) {
      // The audio is already safe on the server: say so, whatever went wrong with the picture.
      const reason = error instanceof DOMException && error.name === "AbortError" ? "Face and gaze measurement cancelled." : messageOf(error);
      setPhase({ kind: "error", message: `The audio was uploaded and is being analysed. ${reason}` });
    }
  }

  const busy = phase.kind === "extracting" || phase.kind === "uploading" || phase.kind === "analysing";
  if (!replaceable && !busy && phase.kind === "idle" && !phase.done) return null;
  return (
    <div className="space-y-1 text-sm">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <label className="inline-flex cursor-pointer items-center gap-2 text-brand-700 underline">
          <input
            type="file"
            accept="audio/*,video/*,.webm,.wav,.ogg,.mp3,.m4a,.mp4,.flac"
            className="sr-only"
            disabled={busy || !replaceable}
            aria-label="Upload a recording for this answer"
            onChange={(event) => void onFile(event.target.files?.[0])}
          />
          Upload a recording for this answer
        </label>
        <span className="inline-flex items-center gap-2 text-muted">
          <input id={checkboxId} type="checkbox" checked={measureFace} disabled={busy} onChange={(event) => setMeasureFace(event.target.checked)} />
          <label htmlFor={checkboxId}>Also measure face and gaze in a video, on this device (the video is not uploaded)</label>
        </span>
      </div>
      {phase.kind === "extracting" && <p role="status" className="text-muted">Extracting the audio on your device… {Math.round(phase.progress * 100)}%</p>}
      {phase.kind === "uploading" && (
        <p role="status" className="text-muted">Uploading… {Math.round(phase.progress * 100)}% {phase.note}</p>
      )}
      {phase.kind === "analysing" && (
        <p role="status" className="text-muted">
          {phase.stage === "models" ? "Loading the face models…" : "Measuring face and gaze on your device…"} {Math.round(phase.progress * 100)}%{" "}
          <button type="button" className="text-brand-700 underline" onClick={() => abort.current?.abort()}>
            Cancel
          </button>
        </p>
      )}
      {phase.kind === "idle" && phase.done && <p role="status" className="text-muted">{phase.done}</p>}
      {phase.kind === "error" && <p role="alert" className="text-red-700">{phase.message}</p>}
    </div>
  );
}
