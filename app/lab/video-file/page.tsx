"use client";
/**
 * Uploaded-video bench page: analyses a picked video file with the app's own analyseVideoFile (the same code as
 * the report's "measure face and gaze" upload) and publishes the wall time on window.__videoFileBench for
 * scripts/bench-video-file.ts. `?emotionModel=<registry id>` picks the expression model.
 */
import { useState } from "react";
import { analyseVideoFile } from "@/components/vision/analyse-video-file";
import { isEmotionChoiceId } from "@/lib/vision/model-registry";
import type { VisionWorkerConfig } from "@/lib/vision/worker/protocol";

export interface VideoFileBenchFigures {
  status: "running" | "done" | "error";
  file: string;
  /** Wall time from the models being ready to the finished summary. */
  framesWallMs: number | null;
  modelsWallMs: number | null;
  analysedSec: number | null;
  framesAnalysed: number | null;
  faceVisibleShare: number | null;
  error: string | null;
}

declare global {
  interface Window {
    __videoFileBench?: VideoFileBenchFigures;
  }
}

export default function VideoFileBenchPage() {
  const [figures, setFigures] = useState<VideoFileBenchFigures | null>(null);

  async function run(file: File) {
    const search = new URLSearchParams(window.location.search);
    const emotionModel = search.get("emotionModel");
    const config: Partial<VisionWorkerConfig> = emotionModel && isEmotionChoiceId(emotionModel) ? { emotionModel } : {};
    const publish = (next: VideoFileBenchFigures) => {
      window.__videoFileBench = next;
      setFigures(next);
    };
    const base = { file: file.name, framesWallMs: null, modelsWallMs: null, analysedSec: null, framesAnalysed: null, faceVisibleShare: null, error: null };
    publish({ ...base, status: "running" });
    const start = performance.now();
    // A holder, not a `let`: the progress callback sets it, which control-flow narrowing cannot see.
    const marks: { modelsDoneAt: number | null } = { modelsDoneAt: null };
    try {
      const payload = await analyseVideoFile(file, {
        config,
        onProgress: ({ stage }) => {
          if (stage === "models") marks.modelsDoneAt = performance.now();
        },
      });
      const end = performance.now();
      publish({
        ...base,
        status: "done",
        modelsWallMs: Math.round((marks.modelsDoneAt ?? start) - start),
        framesWallMs: Math.round(end - (marks.modelsDoneAt ?? start)),
        analysedSec: payload.summary.durationMs / 1000,
        framesAnalysed: payload.summary.framesAnalysed,
        faceVisibleShare: payload.summary.faceVisibleShare,
      });
    } catch (error) {
      publish({ ...base, status: "error", error: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <div className="mx-auto max-w-2xl space-y-4 p-6">
      <h1 className="text-xl font-semibold">Uploaded-video analysis bench</h1>
      <label className="block text-sm">
        Video file
        <input type="file" accept="video/*" className="mt-1 block" onChange={(event) => event.target.files?.[0] && void run(event.target.files[0])} />
      </label>
      {figures && <pre className="rounded bg-slate-100 p-3 text-xs">{JSON.stringify(figures, null, 2)}</pre>}
    </div>
  );
}
