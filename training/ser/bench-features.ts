// Compute cost of vocal-expression features on one long recording (default: the longest clip in
// ../shared/data/speech), per encoder: windows, ms per window, ms per 45 s of speech.
// Usage: npx tsx training/ser/bench-features.ts [file]
import "../../scripts/lib/react-server";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { decodeToPcm } from "../../lib/speech/decode";
import { speechOptionsFromEnv } from "../../lib/speech/options";
import { detectSpeech } from "../../lib/speech/vad";
import { windowFeatures } from "../../lib/speech/vocal-expression/features";
import { voicedWindows } from "../../lib/speech/vocal-expression/windows";

const dir = "../shared/data/speech";
const file =
  process.argv[2] ??
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(flac|wav|mp3|ogg)$/.test(f))
    .map((f) => path.join(dir, f))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
const { nodeModulesDir } = speechOptionsFromEnv(process.env);
const audio = await decodeToPcm(file);
const speech = await detectSpeech(audio.samples, audio.sampleRate, nodeModulesDir);
const windows = voicedWindows(speech);
const voiced = windows.reduce((a, w) => a + w.end - w.start, 0);
for (const encoder of ["tiny", "base"] as const) {
  await windowFeatures(audio.samples, audio.sampleRate, windows[0]!, encoder, nodeModulesDir); // load the model
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < 3; r++) for (const w of windows) await windowFeatures(audio.samples, audio.sampleRate, w, encoder, nodeModulesDir);
  const ms = (performance.now() - t0) / 3;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000 / 3;
  const per45 = (x: number) => ((x / voiced) * 45).toFixed(0);
  console.log(
    `${encoder}: ${path.basename(file)}, ${windows.length} windows over ${voiced.toFixed(1)} s of speech: per window ${(ms / windows.length).toFixed(0)} ms wall, ` +
      `${(cpuMs / windows.length).toFixed(0)} ms CPU; per 45 s of speech ${per45(ms)} ms wall, ${per45(cpuMs)} ms CPU`,
  );
}
