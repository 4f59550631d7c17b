"use client";

/**
 * Extracts 16 kHz mono audio from a recording the candidate picked (often a large video) in the
 * browser, with ffmpeg.wasm served from our own origin, so only a small WAV has to travel.
 * The ffmpeg module is loaded at run time from /vendor (bundlers cannot bundle its worker).
 */
const FFMPEG_MODULE = "/vendor/ffmpeg/ffmpeg/index.js";
const CORE = { coreURL: "/vendor/ffmpeg/core/ffmpeg-core.js", wasmURL: "/vendor/ffmpeg/core/ffmpeg-core.wasm" };

interface FFmpegLike {
  load(config: { coreURL: string; wasmURL: string }): Promise<boolean>;
  on(event: "progress", callback: (event: { progress: number }) => void): void;
  writeFile(name: string, data: Uint8Array): Promise<boolean>;
  exec(args: string[]): Promise<number>;
  readFile(name: string): Promise<Uint8Array | string>;
  terminate(): void;
}

/** Files that are already plain audio small enough to send as they are. */
const DIRECT_UPLOAD_BYTES = 8 * 1024 * 1024;

export function needsExtraction(file: File): boolean {
  return file.type.startsWith("video/") || file.size > DIRECT_UPLOAD_BYTES;
}

/**
 * ffmpeg.wasm copies the whole file into its 32-bit (at most 4 GB, often 2 GB) memory beside its own
 * buffers; past this size the tab would run out of memory instead of giving a reason.
 */
export const MAX_EXTRACT_BYTES = 1024 ** 3;

/** Why a file cannot be reduced to audio in the browser, or null when it can. */
export function extractionRefusal(file: Pick<File, "size">): string | null {
  if (file.size <= MAX_EXTRACT_BYTES) return null;
  const gb = (file.size / 1024 ** 3).toFixed(1);
  return `This file is ${gb} GB; the browser can extract the audio of recordings up to 1 GB. Trim it to this answer first.`;
}

export async function extractAudio(file: File, onProgress: (share: number) => void): Promise<Blob> {
  const refusal = extractionRefusal(file);
  if (refusal) throw new Error(refusal);
  const { FFmpeg } = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ FFMPEG_MODULE)) as { FFmpeg: new () => FFmpegLike };
  const ffmpeg = new FFmpeg();
  ffmpeg.on("progress", ({ progress }) => onProgress(Math.min(1, Math.max(0, progress))));
  try {
    await ffmpeg.load(CORE);
    await ffmpeg.writeFile("input", new Uint8Array(await file.arrayBuffer()));
    const code = await ffmpeg.exec(["-i", "input", "-vn", "-ac", "1", "-ar", "16000", "-c:a", "pcm_s16le", "audio.wav"]);
    if (code !== 0) throw new Error("This file has no audio track we can read.");
    const data = await ffmpeg.readFile("audio.wav");
    if (typeof data === "string" || data.byteLength <= 44) throw new Error("This file has no audio track we can read.");
    return new Blob([data as Uint8Array<ArrayBuffer>], { type: "audio/wav" });
  } finally {
    ffmpeg.terminate();
  }
}
