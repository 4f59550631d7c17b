// Vocal expression of one recording: voiced windows -> features -> model -> per-window probabilities and the
// answer's distribution. No "server-only": the CLIs import it. Server code only (onnxruntime).
import { VOCAL_EXPRESSION_MODEL } from "../models";
import { round, type Segment } from "../words";
import { VOCAL_CLASSES, type VocalClass } from "./classes";
import { classifyFeatures, featureVector, loadVocalModelMeta, projectDirOf } from "./classifier";
import { windowFeatures } from "./features";
import type { VocalDistribution, VocalExpression } from "./schema";
import { voicedWindows } from "./windows";

function toDistribution(p: ArrayLike<number>): VocalDistribution {
  return Object.fromEntries(VOCAL_CLASSES.map((c, i) => [c, round(p[i] ?? 0, 4)])) as VocalDistribution;
}

/** Length-weighted mean of window probabilities (pure). */
export function weightedDistribution(windows: readonly { start: number; end: number; probabilities: ArrayLike<number> }[]): number[] {
  const acc = new Array<number>(VOCAL_CLASSES.length).fill(0);
  let total = 0;
  for (const w of windows) {
    const len = w.end - w.start;
    total += len;
    for (let i = 0; i < acc.length; i++) acc[i]! += (w.probabilities[i] ?? 0) * len;
  }
  return total > 0 ? acc.map((a) => a / total) : acc;
}

export function dominantClass(d: readonly number[]): VocalClass | null {
  let best = -1;
  let bestV = 0;
  d.forEach((v, i) => {
    if (v > bestV) {
      bestV = v;
      best = i;
    }
  });
  return best >= 0 ? VOCAL_CLASSES[best]! : null;
}

/** Null when no stretch of speech is long enough for a window. */
export async function analyseVocalExpression(samples: Float32Array, sampleRate: number, speech: readonly Segment[], nodeModulesDir: string): Promise<VocalExpression | null> {
  const t0 = performance.now();
  const windows = voicedWindows(speech);
  if (windows.length === 0) return null;
  const projectDir = projectDirOf(nodeModulesDir);
  const meta = loadVocalModelMeta(projectDir);
  const rows: Float32Array[] = [];
  for (const w of windows) rows.push(featureVector(await windowFeatures(samples, sampleRate, w, meta.encoder, nodeModulesDir), meta));
  const probs = await classifyFeatures(rows, projectDir);
  const scored = windows.map((w, i) => ({ start: round(w.start), end: round(w.end), probabilities: probs[i]! }));
  const dist = weightedDistribution(scored);
  return {
    model: { id: meta.id, version: meta.version, sha256: VOCAL_EXPRESSION_MODEL.sha256 },
    windows: scored.map((w) => ({ ...w, probabilities: toDistribution(w.probabilities) })),
    distribution: toDistribution(dist),
    dominant: dominantClass(dist),
    voicedSec: round(windows.reduce((a, w) => a + w.end - w.start, 0), 2),
    processingMs: Math.round(performance.now() - t0),
  };
}
