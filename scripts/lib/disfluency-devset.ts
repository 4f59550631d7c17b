// Building blocks of the disfluency development set (scripts/devset-disfluency.ts): splicing events into
// real read speech at aligned word boundaries. Pure except `espeakFiller` (spawns espeak-ng and sox).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { mfccFrames, euclidean } from "../../lib/speech/acoustic/mfcc";
import type { DisfluencyLabelType } from "../../lib/speech/eval/disfluency";
import type { TimedWord } from "../../lib/speech/words";

export const SR = 16_000;

export const between = (r: () => number, lo: number, hi: number) => lo + (hi - lo) * r();
export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

export const silence = (sec: number) => new Float32Array(Math.round(sec * SR));
export const cut = (x: Float32Array, a: number, b: number) => x.slice(Math.max(0, Math.round(a * SR)), Math.min(x.length, Math.round(b * SR)));

export function concat(parts: readonly Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Linear fades so a splice never clicks (a click would be an artefact a detector could learn). */
export function fade(x: Float32Array, inSec = 0.01, outSec = 0.01): Float32Array {
  const y = x.slice();
  const a = Math.min(y.length, Math.round(inSec * SR));
  const b = Math.min(y.length, Math.round(outSec * SR));
  for (let i = 0; i < a; i++) y[i]! *= i / a;
  for (let i = 0; i < b; i++) y[y.length - 1 - i]! *= i / b;
  return y;
}

/**
 * Resampled by `factor` (linear interpolation): pitch and length change together by up to a semitone,
 * so a repeated copy is not bit-identical to the word it repeats (a speaker never says a word twice
 * exactly alike; identical copies would make repeat detection look easier than it is).
 */
export function resample(x: Float32Array, factor: number): Float32Array {
  const n = Math.floor(x.length / factor);
  return Float32Array.from({ length: n }, (_, i) => {
    const t = i * factor;
    const k = Math.floor(t);
    const f = t - k;
    return (x[k] ?? 0) * (1 - f) + (x[k + 1] ?? 0) * f;
  });
}

export function rms(x: Float32Array): number {
  let s = 0;
  for (const v of x) s += v * v;
  return Math.sqrt(s / Math.max(1, x.length));
}

/** Scales x to `targetRms` (the speaker's speech level, shifted by a few dB per event). */
export function levelMatch(x: Float32Array, targetRms: number): Float32Array {
  const r = rms(x);
  return r > 0 ? x.map((v) => (v * targetRms) / r) : x;
}

/** Pitch period of a voiced grain in samples (autocorrelation peak between 60 and 400 Hz). */
export function pitchPeriod(grain: Float32Array): number {
  let best = Math.round(SR / 120);
  let bestR = -Infinity;
  for (let lag = Math.round(SR / 400); lag <= Math.round(SR / 60) && lag < grain.length / 2; lag++) {
    let r = 0;
    for (let i = 0; i + lag < grain.length; i++) r += grain[i]! * grain[i + lag]!;
    r /= grain.length - lag;
    if (r > bestR) {
      bestR = r;
      best = lag;
    }
  }
  return best;
}

/**
 * A held sound from a short voiced grain, pitch-synchronously (TD-PSOLA style): two-period Hann-windowed
 * pieces added every period, so the pitch stays flat and the phase never jumps, as in a human filled pause
 * ("uhhh", "mmm"). `drop` (semitones) lets the pitch fall slightly over the sound, as real fillers often do.
 * `nasalFrom` (0-1): from that share of the length on, the sound is low-passed, like the closure of "um".
 */
export function holdGrain(grain: Float32Array, sec: number, nasalFrom: number | null = null, drop = 0): Float32Array {
  const n = Math.round(sec * SR);
  const p0 = pitchPeriod(grain);
  const centre = Math.floor(grain.length / 2);
  const piece = Float32Array.from({ length: 2 * p0 }, (_, i) => (grain[centre - p0 + i] ?? 0) * 0.5 * (1 - Math.cos((2 * Math.PI * i) / (2 * p0 - 1))));
  const out = new Float32Array(n + 2 * p0);
  for (let o = 0; o < n; ) {
    for (let i = 0; i < piece.length; i++) out[o + i]! += piece[i]!;
    o += Math.max(1, Math.round(p0 * 2 ** ((drop * (o / n)) / 12)));
  }
  const y = out.subarray(0, n);
  if (nasalFrom !== null) {
    let lp = 0;
    const k = Math.round(nasalFrom * n);
    for (let i = k; i < n; i++) {
      lp += 0.12 * (y[i]! - lp); // one-pole low-pass near 300 Hz
      y[i] = lp * 1.5;
    }
  }
  return fade(y, 0.04, 0.08);
}

/** The steadiest loud 60 ms of the clip's voiced speech (least MFCC change): a vowel of this speaker. */
export function steadiestGrain(samples: Float32Array, words: readonly TimedWord[]): Float32Array {
  let best = { cost: Infinity, t: words[0]?.start ?? 0 };
  const level = rms(samples);
  for (const w of words) {
    const frames = mfccFrames(samples, SR, w.start, w.end);
    for (let f = 0; f + 6 < frames.length; f++) {
      const seg = cut(samples, w.start + f * 0.01, w.start + f * 0.01 + 0.06);
      if (rms(seg) < level) continue;
      let cost = 0;
      for (let k = f; k < f + 5; k++) cost += euclidean(frames[k]!, frames[k + 1]!);
      if (cost < best.cost) best = { cost, t: w.start + f * 0.01 };
    }
  }
  return cut(samples, best.t, best.t + 0.06);
}

/** espeak-ng says a filler word in one voice, resampled to 16 kHz and stretched to `sec` (sox tempo keeps the pitch). */
export function espeakFiller(text: string, voice: string, sec: number, decode: (file: string) => Float32Array): Float32Array {
  const dir = mkdtempSync(path.join(tmpdir(), "rehearse-devset-"));
  try {
    const raw = path.join(dir, "raw.wav");
    const trimmed = path.join(dir, "trim.wav");
    const out = path.join(dir, "out.wav");
    execFileSync("espeak-ng", ["-v", voice, "-s", "110", "-w", raw, text]);
    execFileSync("sox", [raw, "-r", String(SR), trimmed, "silence", "1", "0.01", "1%", "reverse", "silence", "1", "0.01", "1%", "reverse"]);
    const len = decode(trimmed).length / SR;
    execFileSync("sox", [trimmed, out, "tempo", "-s", String(Math.max(0.1, len / sec))]);
    return fade(decode(out), 0.03, 0.06);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface Splice {
  /** Source time range replaced (from == to for an insertion). */
  from: number;
  to: number;
  samples: Float32Array;
  label: { type: DisfluencyLabelType; word: string; offset: number; durationSec: number } | null;
}

export interface Label {
  type: DisfluencyLabelType;
  timeSec: number;
  durationSec: number;
  word: string;
}

/** Applies non-overlapping splices (any order) and returns the audio with labels in output time. */
export function applySplices(source: Float32Array, splices: readonly Splice[]): { audio: Float32Array; labels: Label[]; shift: (t: number) => number } {
  const sorted = [...splices].sort((a, b) => a.from - b.from);
  const parts: Float32Array[] = [];
  const labels: Label[] = [];
  const shifts: { at: number; delta: number }[] = [];
  let cursor = 0;
  let outLen = 0;
  for (const s of sorted) {
    const head = cut(source, cursor, s.from);
    parts.push(head);
    outLen += head.length;
    if (s.label) labels.push({ type: s.label.type, word: s.label.word, timeSec: outLen / SR + s.label.offset, durationSec: s.label.durationSec });
    parts.push(s.samples);
    outLen += s.samples.length;
    shifts.push({ at: s.to, delta: outLen / SR - s.to });
    cursor = s.to;
  }
  parts.push(cut(source, cursor, source.length / SR));
  const shift = (t: number) => {
    let d = 0;
    for (const x of shifts) if (t >= x.at - 1e-6) d = x.delta;
    return t + d;
  };
  return { audio: concat(parts), labels, shift };
}
