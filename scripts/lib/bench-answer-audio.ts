/**
 * The 45-s answer the speech benchmarks analyse: the real read-speech clips in ../shared/data/speech
 * joined until long enough (espeak-ng speech when they are absent), cut to length and encoded with
 * the caller's ffmpeg output options (a browser-like webm/opus upload, or the WAV the pipeline decodes to).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export function benchAnswerAudio(work: string, { seconds, file, encode }: { seconds: number; file: string; encode: string[] }): { file: string; source: string } {
  const sharedDir = process.env.REHEARSE_SHARED_DIR ?? path.resolve(root, "../shared");
  const tsv = path.join(sharedDir, "data/speech/transcripts.tsv");
  const list = path.join(work, "clips.txt");
  let source: string;
  if (existsSync(tsv)) {
    const rows = readFileSync(tsv, "utf8").trim().split("\n").slice(1).map((line) => line.split("\t"));
    const chosen: string[] = [];
    let total = 0;
    for (const [clip, , duration] of rows) {
      if (total >= seconds) break;
      // Clips mix flac and wav at several rates: normalise each before joining them.
      const wav = path.join(work, `clip-${chosen.length}.wav`);
      execFileSync("ffmpeg", ["-v", "error", "-y", "-i", path.join(path.dirname(tsv), clip!), "-ar", "16000", "-ac", "1", wav]);
      chosen.push(wav);
      total += Number(duration);
    }
    writeFileSync(list, chosen.map((f) => `file '${f}'`).join("\n"));
    source = `${chosen.length} real read-speech clips from ../shared (${total.toFixed(1)} s before trimming)`;
  } else {
    const text = "I led a small team that rebuilt our onboarding. We interviewed customers, found where they got stuck, and fixed it. ".repeat(6);
    execFileSync("espeak-ng", ["-v", "en-us", "-s", "150", "-w", path.join(work, "speech.wav"), text]);
    writeFileSync(list, `file '${path.join(work, "speech.wav")}'`);
    source = "espeak-ng synthetic speech (../shared absent)";
  }
  const out = path.join(work, file);
  execFileSync("ffmpeg", ["-v", "error", "-y", "-f", "concat", "-safe", "0", "-i", list, "-t", String(seconds), "-ac", "1", ...encode, out]);
  return { file: out, source };
}
