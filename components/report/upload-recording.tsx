"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { extractAudio, needsExtraction } from "@/components/interview/extract-audio";
import { uploadWithRetry } from "@/components/interview/upload-with-retry";
import { sniffMedia, SNIFF_BYTES, UNSUPPORTED_MEDIA_MESSAGE } from "@/lib/speech/media-sniff";

type Phase = { kind: "idle" } | { kind: "extracting"; progress: number } | { kind: "uploading"; progress: number; note?: string } | { kind: "error"; message: string };

/**
 * Lets the candidate (re)place an answer's recording with a file: video files are reduced to audio
 * in the browser first, then uploaded with progress and automatic retry. The new file replaces the
 * old one and its analysis.
 */
export function UploadRecording({ answerId }: { answerId: string }) {
  const router = useRouter();
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });

  async function onFile(file: File | undefined) {
    if (!file) return;
    try {
      // The same content check as the server's, before spending time on extraction.
      if (!sniffMedia(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()))) throw new Error(UNSUPPORTED_MEDIA_MESSAGE);
      let body: Blob = file;
      if (needsExtraction(file)) {
        setPhase({ kind: "extracting", progress: 0 });
        body = await extractAudio(file, (progress) => setPhase({ kind: "extracting", progress }));
      }
      setPhase({ kind: "uploading", progress: 0 });
      await uploadWithRetry(`/api/answers/${answerId}/media/audio`, body, {
        onProgress: (progress) => setPhase({ kind: "uploading", progress }),
        onRetry: (attempt, reason) => setPhase({ kind: "uploading", progress: 0, note: `${reason} Retrying (attempt ${attempt})...` }),
      });
      setPhase({ kind: "idle" });
      router.refresh();
    } catch (error) {
      setPhase({ kind: "error", message: error instanceof Error ? error.message : String(error) });
    }
  }

  const busy = phase.kind === "extracting" || phase.kind === "uploading";
  return (
    <div className="text-sm">
      <label className="inline-flex cursor-pointer items-center gap-2 text-brand-700 underline">
        <input
          type="file"
          accept="audio/*,video/*,.webm,.wav,.ogg,.mp3,.m4a,.mp4,.flac"
          className="sr-only"
          disabled={busy}
          aria-label="Upload a recording for this answer"
          onChange={(event) => void onFile(event.target.files?.[0])}
        />
        Upload a recording for this answer
      </label>
      {phase.kind === "extracting" && <p role="status" className="text-muted">Extracting the audio on your device… {Math.round(phase.progress * 100)}%</p>}
      {phase.kind === "uploading" && (
        <p role="status" className="text-muted">Uploading… {Math.round(phase.progress * 100)}% {phase.note}</p>
      )}
      {phase.kind === "error" && <p role="alert" className="text-red-700">{phase.message}</p>}
    </div>
  );
}
