/**
 * Decodes a video into raw RGB frames with Debian's ffmpeg (for the Node checks and benches).
 */
import "server-only";
import { spawnSync } from "node:child_process";
import type { RawFrame } from "../engines/types";

export interface DecodedVideo {
  width: number;
  height: number;
  fps: number;
  frames: RawFrame[];
}

export function probeVideo(file: string): { width: number; height: number } {
  const probe = spawnSync("ffprobe", ["-v", "error", "-select_streams", "v:0", "-show_entries", "stream=width,height", "-of", "csv=p=0", file], { encoding: "utf8" });
  if (probe.status !== 0) throw new Error(`ffprobe failed on ${file}: ${probe.stderr}`);
  const [w, h] = probe.stdout.trim().split(",").map(Number);
  if (!w || !h) throw new Error(`ffprobe gave no size for ${file}`);
  return { width: w, height: h };
}

/** Frames sampled at `fps`, scaled to `width` (keeping the aspect ratio, even height); RGB, or RGBA with `channels: 4`. */
export function decodeVideo(file: string, options: { fps: number; width?: number; maxFrames?: number; channels?: 3 | 4 }): DecodedVideo {
  const channels = options.channels ?? 3;
  const src = probeVideo(file);
  const width = options.width ?? src.width;
  const height = Math.round((src.height * width) / src.width / 2) * 2;
  const args = ["-loglevel", "error", "-i", file, "-vf", `fps=${options.fps},scale=${width}:${height}`];
  if (options.maxFrames) args.push("-frames:v", String(options.maxFrames));
  args.push("-f", "rawvideo", "-pix_fmt", channels === 4 ? "rgba" : "rgb24", "-");
  const out = spawnSync("ffmpeg", args, { maxBuffer: 1024 * 1024 * 1024 });
  if (out.error) throw out.error;
  if (out.status !== 0) throw new Error(`ffmpeg failed on ${file}: ${out.stderr.toString()}`);
  const size = width * height * channels;
  const buf = out.stdout as Buffer;
  const frames: RawFrame[] = [];
  for (let off = 0; off + size <= buf.length; off += size) {
    frames.push({ data: new Uint8Array(buf.buffer, buf.byteOffset + off, size), width, height, channels });
  }
  return { width, height, fps: options.fps, frames };
}
