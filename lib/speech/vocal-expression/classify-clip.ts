// Classifies one short labelled clip the way training saw it (eval CLI and accuracy test): decode -> VAD ->
// clip windows -> features -> model; window probabilities averaged. No "server-only": CLIs import it.
import { decodeToPcm } from "../decode";
import { detectSpeech } from "../vad";
import { weightedDistribution } from "./analyse";
import { classifyFeatures, featureVector, loadVocalModelMeta, projectDirOf } from "./classifier";
import { windowFeatures } from "./features";
import { clipWindows } from "./windows";

export async function classifyClip(file: string, nodeModulesDir: string): Promise<{ probabilities: number[]; durationSec: number; computeMs: number; cpuMs: number }> {
  const audio = await decodeToPcm(file);
  const t0 = performance.now();
  // CPU time as well as wall time: on a shared machine the wall clock mostly measures the other processes.
  const cpu0 = process.cpuUsage();
  const projectDir = projectDirOf(nodeModulesDir);
  const meta = loadVocalModelMeta(projectDir);
  const speech = await detectSpeech(audio.samples, audio.sampleRate, nodeModulesDir);
  const windows = clipWindows(speech, audio.durationSec);
  const rows: Float32Array[] = [];
  for (const w of windows) rows.push(featureVector(await windowFeatures(audio.samples, audio.sampleRate, w, meta.encoder, nodeModulesDir), meta));
  const probs = await classifyFeatures(rows, projectDir);
  const probabilities = weightedDistribution(windows.map((w, i) => ({ ...w, probabilities: probs[i]! })));
  const cpu = process.cpuUsage(cpu0);
  return { probabilities, durationSec: audio.durationSec, computeMs: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
}
