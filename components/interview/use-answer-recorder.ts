"use client";

import fixWebmDuration from "fix-webm-duration";
import { useCallback, useRef } from "react";

const AUDIO_TYPES = ["audio/webm;codecs=opus", "audio/webm", "audio/ogg;codecs=opus", "audio/mp4"];
const VIDEO_TYPES = ["video/webm;codecs=vp9,opus", "video/webm;codecs=vp8,opus", "video/webm", "video/mp4"];

function supported(types: string[]): string | undefined {
  return types.find((type) => typeof MediaRecorder !== "undefined" && MediaRecorder.isTypeSupported(type));
}

/**
 * Records one answer at a time with MediaRecorder: always the audio (for speech analysis), and the
 * video only when the candidate chose to keep their videos. Video otherwise never leaves the device.
 */
export function useAnswerRecorder(stream: MediaStream | null, keepVideo: boolean) {
  const recorders = useRef<Array<{ recorder: MediaRecorder; chunks: Blob[]; kind: "audio" | "video" }>>([]);
  const startedAt = useRef(0);

  const start = useCallback(() => {
    if (!stream) throw new Error("no media stream");
    const audioOnly = new MediaStream(stream.getAudioTracks());
    const setups: Array<{ source: MediaStream; mimeType?: string; kind: "audio" | "video" }> = [
      { source: audioOnly, mimeType: supported(AUDIO_TYPES), kind: "audio" },
    ];
    if (keepVideo && stream.getVideoTracks().length > 0) setups.push({ source: stream, mimeType: supported(VIDEO_TYPES), kind: "video" });
    recorders.current = setups.map(({ source, mimeType, kind }) => {
      const recorder = new MediaRecorder(source, mimeType ? { mimeType, audioBitsPerSecond: 64_000 } : undefined);
      const chunks: Blob[] = [];
      recorder.ondataavailable = (event) => {
        if (event.data.size > 0) chunks.push(event.data);
      };
      recorder.start(1000);
      return { recorder, chunks, kind };
    });
    startedAt.current = performance.now();
  }, [stream, keepVideo]);

  /** Stops recording and returns the answer's files. */
  const stop = useCallback(async (): Promise<{ audio: Blob | null; video: Blob | null }> => {
    const active = recorders.current;
    recorders.current = [];
    const durationMs = performance.now() - startedAt.current;
    const blobs = await Promise.all(
      active.map(
        ({ recorder, chunks, kind }) =>
          new Promise<[string, Blob]>((resolve) => {
            const finish = () => {
              const blob = new Blob(chunks, { type: recorder.mimeType || "audio/webm" });
              // MediaRecorder's webm has no duration in its header, so players show no length and cannot
              // scrub reliably; write the measured one in before the file leaves the device.
              if (!blob.type.includes("webm")) return resolve([kind, blob]);
              void fixWebmDuration(blob, durationMs, { logger: false }).then(
                (fixed) => resolve([kind, fixed]),
                () => resolve([kind, blob]),
              );
            };
            if (recorder.state === "inactive") return finish();
            recorder.onstop = finish;
            recorder.stop();
          }),
      ),
    );
    const byKind = Object.fromEntries(blobs) as Record<string, Blob | undefined>;
    return { audio: byKind.audio ?? null, video: byKind.video ?? null };
  }, []);

  return { start, stop };
}
