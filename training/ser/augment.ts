// Training-time augmentation of a voiced window (pure): speed perturbation (resampling, so tempo and pitch move
// together, as in Kaldi's speed perturbation) and white noise at a given SNR. Seeded, so a run is reproducible.
import { seededRandom } from "../../lib/stats/seeded-random";

export type Variant =
  | { kind: "orig"; name: string }
  | { kind: "speed"; name: string; factor: number }
  | { kind: "noise"; name: string; snrDb: number };

/** "orig", "s0.9" (speed x0.9: slower, lower), "n30" (white noise 30 dB under the window's RMS). */
export function parseVariant(name: string): Variant {
  if (name === "orig") return { kind: "orig", name };
  const m = /^([sn])(\d+(?:\.\d+)?)$/.exec(name);
  if (!m) throw new Error(`unknown augmentation variant ${name}`);
  const v = Number(m[2]);
  return m[1] === "s" ? { kind: "speed", name, factor: v } : { kind: "noise", name, snrDb: v };
}

/** Plays x at `factor` times its speed: linear interpolation at positions i * factor. */
export function speedPerturb(x: Float32Array, factor: number): Float32Array {
  const n = Math.max(1, Math.floor((x.length - 1) / factor) + 1);
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const p = i * factor;
    const j = Math.floor(p);
    const f = p - j;
    y[i] = (x[j] ?? 0) * (1 - f) + (x[j + 1] ?? x[j] ?? 0) * f;
  }
  return y;
}


export function addNoise(x: Float32Array, snrDb: number, seed: number): Float32Array {
  let e = 0;
  for (const v of x) e += v * v;
  const sigma = Math.sqrt(e / Math.max(1, x.length)) * 10 ** (-snrDb / 20);
  const r = seededRandom(seed);
  // Gaussian by Box-Muller.
  return Float32Array.from(x, (v) => v + sigma * Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r()));
}

export function augment(x: Float32Array, v: Variant, seed: number): Float32Array {
  if (v.kind === "speed") return speedPerturb(x, v.factor);
  if (v.kind === "noise") return addNoise(x, v.snrDb, seed);
  return x;
}
