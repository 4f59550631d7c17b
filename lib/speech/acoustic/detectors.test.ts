// Detector tests on audio generated here with known events (harmonic "vowels" and tone sequences as words).
import { describe, expect, it } from "vitest";
import { frameLevels, silenceThresholdDb } from "../levels";
import { soundSpans } from "../signal-pauses";
import type { TimedWord } from "../words";
import { checkFilledPause, typicalSpectralChange } from "./filled-pauses";
import { findAcousticFillers } from "./filler-pass";
import { acousticIndex, compareSegments } from "./similarity";
import { detectBlocks, detectProlongations, detectTailRepeats, ONSET_REPEAT, steadyRuns, type SimilarSound } from "./stammers";

const SR = 16_000;

/** A voiced sound: harmonics of f0 shaped by two formants (a vowel), with a little jitter-free vibrato-free pitch. */
function vowel(sec: number, f0: number, formants: [number, number], amp = 0.3): Float32Array {
  const n = Math.round(sec * SR);
  const out = new Float32Array(n);
  for (let h = 1; h * f0 < 4000; h++) {
    const f = h * f0;
    const gain = formants.reduce((g, F) => g + 1 / (1 + ((f - F) / 120) ** 2), 0) / h ** 0.5;
    for (let i = 0; i < n; i++) out[i]! += gain * Math.sin((2 * Math.PI * f * i) / SR);
  }
  let peak = 0;
  for (const v of out) peak = Math.max(peak, Math.abs(v));
  return out.map((v) => (v / peak) * amp);
}

/**
 * A "word": the formants glide from one vowel target to the next every 80 ms and the pitch drifts, so the
 * spectrum keeps moving, as in speech. Phases stay continuous; harmonic gains are updated every 5 ms.
 */
function word(seed: number, parts = 4): Float32Array {
  const F: [number, number][] = [[300, 2300], [700, 1200], [500, 1800], [350, 900], [600, 2500], [800, 1400]];
  const targets = Array.from({ length: parts + 1 }, (_, k) => F[(seed + k * 5) % F.length]!);
  const n = Math.round(parts * 0.08 * SR);
  const out = new Float32Array(n);
  const phase = new Float64Array(40);
  const block = 80;
  for (let b0 = 0; b0 < n; b0 += block) {
    const u = b0 / (0.08 * SR);
    const k = Math.min(parts - 1, Math.floor(u));
    const frac = u - k;
    const f1 = targets[k]![0] + (targets[k + 1]![0] - targets[k]![0]) * frac;
    const f2 = targets[k]![1] + (targets[k + 1]![1] - targets[k]![1]) * frac;
    const f0 = 100 + 30 * Math.sin(seed + (3 * b0) / n);
    for (let h = 1; h < 40 && h * f0 < 4000; h++) {
      const f = h * f0;
      const gain = (1 / (1 + ((f - f1) / 120) ** 2) + 1 / (1 + ((f - f2) / 150) ** 2)) / h ** 0.5;
      for (let i = b0; i < Math.min(n, b0 + block); i++) {
        phase[h] = phase[h]! + (2 * Math.PI * f) / SR;
        out[i]! += gain * Math.sin(phase[h]!);
      }
    }
  }
  let peak = 0;
  for (const v of out) peak = Math.max(peak, Math.abs(v));
  return out.map((v) => (v / peak) * 0.3);
}

const silence = (sec: number) => new Float32Array(Math.round(sec * SR));
function concat(xs: Float32Array[]): Float32Array {
  const out = new Float32Array(xs.reduce((a, x) => a + x.length, 0));
  let o = 0;
  for (const x of xs) {
    out.set(x, o);
    o += x.length;
  }
  return out;
}
function noise(sec: number, amp = 0.05): Float32Array {
  let s = 12345;
  return Float32Array.from({ length: Math.round(sec * SR) }, () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return ((s / 0x7fffffff) * 2 - 1) * amp;
  });
}

/** Builds audio from pieces and returns the words' times (pieces named "" are not words). */
function build(pieces: [string, Float32Array][]) {
  const words: TimedWord[] = [];
  let t = 0;
  for (const [text, x] of pieces) {
    const d = x.length / SR;
    if (text) words.push({ text, start: t, end: t + d });
    t += d;
  }
  const samples = concat(pieces.map((p) => p[1]));
  const levels = frameLevels(samples, SR);
  const index = acousticIndex(samples, SR, 0);
  const thresholdDb = silenceThresholdDb(levels);
  const typicalChange = typicalSpectralChange(index, levels, thresholdDb);
  const speech = [{ start: 0, end: samples.length / SR }];
  return { samples, words, levels, index, ctx: { samples, sampleRate: SR, offsetSec: 0, index, levels, thresholdDb, typicalChange }, sound: soundSpans(levels, speech) };
}

const fluent = (): [string, Float32Array][] => [["", silence(0.3)], ["w1", word(1)], ["w2", word(2)], ["w3", word(3)], ["w4", word(4)], ["", silence(0.3)]];

describe("filled pauses", () => {
  it("accepts a held, pitch-flat vowel and rejects a word, noise and silence", () => {
    const b = build([["", silence(0.3)], ["w1", word(1)], ["w2", word(2)], ["", vowel(0.5, 115, [600, 1100])], ["w3", word(3)], ["", noise(0.4)], ["w4", word(4)], ["", silence(0.5)], ["w5", word(5)]]);
    const at = (s: number, e: number) => checkFilledPause({ start: s, end: e }, b.ctx).ok;
    const w2 = b.words[1]!;
    expect(at(w2.end + 0.02, w2.end + 0.48)).toBe(true);
    expect(at(b.words[0]!.start, b.words[0]!.end)).toBe(false);
    expect(at(b.words[2]!.end + 0.02, b.words[2]!.end + 0.38)).toBe(false); // noise: not voiced
    expect(at(b.words[3]!.end + 0.05, b.words[3]!.end + 0.45)).toBe(false); // silence
  });

  it("adds a filler where a held vowel sits between words that the transcript left out, and nothing on fluent audio", () => {
    const b = build([["", silence(0.3)], ["so", word(1)], ["", silence(0.1)], ["", vowel(0.45, 120, [650, 1150])], ["", silence(0.1)], ["tonight", word(2)], ["the", word(3)], ["", silence(0.3)]]);
    const runs = steadyRuns(b.index, b.levels, b.ctx.thresholdDb, b.ctx.typicalChange);
    const out = findAcousticFillers(b.words, b.sound, runs, b.ctx);
    const fillers = out.filter((w) => w.acoustic);
    expect(fillers).toHaveLength(1);
    expect(fillers[0]!.start).toBeCloseTo(b.words[0]!.end + 0.1, 1);
    const f = build(fluent());
    expect(findAcousticFillers(f.words, f.sound, steadyRuns(f.index, f.levels, f.ctx.thresholdDb, f.ctx.typicalChange), f.ctx).filter((w) => w.acoustic)).toHaveLength(0);
  });
});

describe("fillers the aligner folded into a word", () => {
  const held = () => vowel(0.45, 118, [620, 1150]);
  const foldedFillers = (pieces: [string, Float32Array][]) => {
    const b = build(pieces);
    const out = findAcousticFillers(b.words, b.sound, steadyRuns(b.index, b.levels, b.ctx.thresholdDb, b.ctx.typicalChange), b.ctx);
    return { b, out, fillers: out.filter((w) => w.acoustic) };
  };

  it("takes a held vowel off the end of a word that more speech follows, and shortens the word", () => {
    const { b, out, fillers } = foldedFillers([["", silence(0.3)], ["so", word(1)], ["belly", concat([word(2), held()])], ["", silence(0.06)], ["counselled", word(3)], ["him", word(4)], ["", silence(0.3)]]);
    expect(fillers).toHaveLength(1);
    const belly = b.words[1]!;
    expect(fillers[0]!.start).toBeCloseTo(belly.end - 0.45, 1);
    expect(out.find((w) => w.text === "belly")!.end).toBeCloseTo(belly.end - 0.45, 1);
  });

  it("leaves a held sound that flows straight into the next word alone (that word's first sound held)", () => {
    expect(foldedFillers([["", silence(0.3)], ["so", word(1)], ["an", concat([word(2), held()])], ["ill", word(3)], ["man", word(4)], ["", silence(0.3)]]).fillers).toHaveLength(0);
  });

  it("leaves the held end of a phrase alone (ordinary lengthening)", () => {
    expect(foldedFillers([["", silence(0.3)], ["so", word(1)], ["modern", concat([word(2), held()])], ["", silence(0.6)], ["then", word(3)], ["", silence(0.3)]]).fillers).toHaveLength(0);
  });

  it("takes a held vowel off the start of a word whose first sound cannot be held voiced, not off a word starting with a vowel or nasal", () => {
    // A quieter stretch between the held vowel and the rest of the word, as a stop's closure makes it.
    const closure = () => vowel(0.05, 118, [620, 1150], 0.02);
    const before = (text: string) => foldedFillers([["", silence(0.3)], ["so", word(1)], [text, concat([held(), closure(), word(2)])], ["then", word(3)], ["", silence(0.3)]]).fillers;
    expect(before("table")).toHaveLength(1);
    expect(Math.abs(before("table")[0]!.start - (0.3 + 0.32))).toBeLessThan(0.1);
    expect(before("no")).toHaveLength(0);
    expect(before("always")).toHaveLength(0);
  });

  it("does not take a word's own moving vowel for a filler", () => {
    const slowWord = () => concat([word(5, 2), word(3, 4), word(1, 2)]);
    expect(foldedFillers([["", silence(0.3)], ["so", word(1)], ["how", slowWord()], ["much", word(2)], ["", silence(0.3)]]).fillers).toHaveLength(0);
  });
});

describe("repeat similarity", () => {
  it("finds two copies of one word alike, and a word and a held vowel ('was, um') not", () => {
    const was = word(7);
    const b = build([["", silence(0.3)], ["it", word(1)], ["was", was], ["", silence(0.12)], ["was", was.slice()], ["late", word(3)], ["and", word(4)], ["then", word(5)], ["", silence(0.3)]]);
    const refs = b.words.filter((w) => w.text !== "was");
    expect(compareSegments(b.index, b.words[1]!, b.words[2]!, refs).similar).toBe(true);
    const u = build([["", silence(0.3)], ["it", word(1)], ["was", was], ["", silence(0.12)], ["was", vowel(0.32, 118, [620, 1150])], ["late", word(3)], ["and", word(4)], ["then", word(5)], ["", silence(0.3)]]);
    expect(compareSegments(u.index, u.words[1]!, u.words[2]!, u.words.filter((w) => w.text !== "was")).similar).toBe(false);
  });
});

describe("prolongations and blocks", () => {
  it("finds a sound held at a word's start, and none in fluent audio", () => {
    const b = build([["", silence(0.3)], ["w1", word(1)], ["so", concat([vowel(0.5, 120, [350, 2400]), word(2, 2)])], ["w3", word(3)], ["w4", word(4)], ["", silence(0.3)]]);
    const runs = steadyRuns(b.index, b.levels, b.ctx.thresholdDb, b.ctx.typicalChange);
    const p = detectProlongations(b.words, runs);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ kind: "prolongation", text: "so", count: 1 });
    expect(p[0]!.start).toBeCloseTo(b.words[1]!.start, 1);
    const f = build(fluent());
    expect(detectProlongations(f.words, steadyRuns(f.index, f.levels, f.ctx.thresholdDb, f.ctx.typicalChange))).toHaveLength(0);
  });

  it("finds a silence inside a word's onset, not a pause between words", () => {
    const b = build([["", silence(0.3)], ["w1", word(1)], ["but", concat([word(2, 1).slice(0, 480), silence(0.45), word(2, 3)])], ["w3", word(3)], ["", silence(0.7)], ["w4", word(4)], ["", silence(0.3)]]);
    const blocks = detectBlocks(b.words, b.sound);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ kind: "block", text: "but" });
  });
});

describe("repeated starts hung on the word before", () => {
  const target = word(5);
  const onset = target.slice(0, Math.round(0.12 * SR));
  /** "w1 <p + what is hung on it> (break) target w3 w4 w5": the aligner gave p everything before the break. */
  function hung(onP: Float32Array | null) {
    // word(4)'s formant path shares no stretch with word(5)'s start (the generator's words share targets).
    const b = build([["", silence(0.3)], ["w1", word(3)], ["p", onP ? concat([word(4), onP]) : word(4)], ["", silence(0.15)], ["target", target], ["w3", word(2)], ["w4", word(1)], ["w5", word(0)], ["", silence(0.3)]]);
    const refs = b.words.filter((w) => w.text !== "p" && w.text !== "target");
    const similar: SimilarSound = (a, x, exclude, ratio) => compareSegments(b.index, a, x, refs.filter((r) => !exclude.includes(r)), ratio).similar;
    return { b, found: detectTailRepeats(b.words, soundSpans(b.levels, [{ start: 0, end: b.samples.length / SR }], ONSET_REPEAT.minSec), similar) };
  }

  it("finds the next word's start said at the end of the word before, where it starts", () => {
    const { b, found } = hung(onset);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: "part-word", count: 2 });
    expect(found[0]!.text).toMatch(/^t\w*- target$/);
    expect(found[0]!.start).toBeCloseTo(b.words[1]!.end - 0.12, 1);
  });

  it("calls the whole word hung on the one before a word repeat", () => {
    const { found } = hung(target.slice());
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: "word", text: "target", count: 2 });
  });

  it("finds nothing between fluent words with a break between them", () => {
    expect(hung(null).found).toHaveLength(0);
  });
});
