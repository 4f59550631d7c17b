// Decoding of every accepted container, made at test time with ffmpeg (needs only ffmpeg + espeak-ng).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasBin } from "@/lib/testing/audio";
import { decodeToPcm } from "./decode";
import { SpeechAnalysisError } from "./errors";

const missing = ["ffmpeg", "espeak-ng"].filter((b) => !hasBin(b));
if (missing.length > 0) console.warn(`decode tests skipped, missing: ${missing.join(", ")}`);

describe.skipIf(missing.length > 0)("decodeToPcm", () => {
  let dir = "";
  let wav = "";
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "rehearse-decode-"));
    wav = path.join(dir, "src.wav");
    execFileSync("espeak-ng", ["-w", wav, "Decoding test, one two three."]);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const formats: [string, string[], string][] = [
    ["webm", ["-c:a", "libopus"], "webm"],
    ["ogg", ["-c:a", "libopus"], "ogg"],
    ["mp3", ["-c:a", "libmp3lame"], "mp3"],
    ["m4a", ["-c:a", "aac"], "mp4"],
    ["flac", ["-c:a", "flac"], "flac"],
    ["wav", [], "wav"],
  ];

  it.each(formats)("decodes %s to 16 kHz mono with the right length", async (ext, codec, kind) => {
    const f = path.join(dir, `a.${ext}`);
    execFileSync("ffmpeg", ["-v", "error", "-y", "-i", wav, ...codec, f]);
    const src = await decodeToPcm(wav);
    const a = await decodeToPcm(f);
    expect(a.media.kind).toBe(kind);
    expect(a.sampleRate).toBe(16000);
    expect(Math.abs(a.durationSec - src.durationSec)).toBeLessThan(0.1);
  });

  it("rejects a video without an audio track as UNSUPPORTED_MEDIA", async () => {
    const f = path.join(dir, "silent-video.webm");
    execFileSync("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", "color=c=black:s=64x64:d=1", "-c:v", "libvpx-vp9", f]);
    await expect(decodeToPcm(f)).rejects.toMatchObject({ code: "UNSUPPORTED_MEDIA" });
    await expect(decodeToPcm(f)).rejects.toBeInstanceOf(SpeechAnalysisError);
  });
});
