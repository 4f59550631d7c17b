/** Test audio made at test time (nothing is committed): speech with espeak-ng, silence with sox. */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";

/** Whether a command-line tool is installed (tests that need it skip with a message otherwise). */
export function hasBin(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export function speechWav(dir: string, text: string, name = "speech.wav"): string {
  const file = path.join(dir, name);
  execFileSync("espeak-ng", ["-v", "en-us", "-s", "150", "-w", file, text]);
  return file;
}

export function silenceWav(dir: string, seconds: number): string {
  const file = path.join(dir, "silence.wav");
  execFileSync("sox", ["-n", "-r", "16000", "-c", "1", "-b", "16", file, "trim", "0", String(seconds)]);
  return file;
}

/** A webm/opus recording cut off half-way, like an upload interrupted mid-file. */
export function truncatedWebm(dir: string, source: string): string {
  const full = path.join(dir, "full.webm");
  execFileSync("ffmpeg", ["-v", "error", "-y", "-i", source, "-c:a", "libopus", full]);
  const bytes = execFileSync("head", ["-c", "600", full]);
  const file = path.join(dir, "truncated.webm");
  writeFileSync(file, bytes);
  return file;
}
