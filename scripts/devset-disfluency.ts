// Usage: npm run devset:disfluency -- <outDir> [--speech ../shared/data/speech] [--variants 4] [--seed 12]
// Builds a labelled disfluency development set from real read speech (transcripts.tsv: file, text), at
// eval time and outside the repository: <outDir>/labels.tsv (file, type, time_s, duration_s, word) and
// <outDir>/audio/*.wav. Each source clip gives one fluent copy (type `none`, plus its natural pauses) and
// `variants` copies with 1-3 spliced events at aligned word boundaries:
// - filler: a held vowel or "um" 300-800 ms long, pitch-flat and level-matched, either looped from the
//   speaker's own steadiest vowel (pitch-synchronous, falling 0-2 semitones) or espeak-ng's uh/um/er/ah in
//   one of several voices, stretched by sox;
// - word-repeat: the speaker's own word said again before itself, 80-300 ms apart, the copy up to 6%
//   faster or slower (pitch with it), so it is never bit-identical;
// - part-word: the word's first 100-180 ms said once or twice before it (resampled the same way);
// - prolongation: the word's first sound held 3-6 times longer (sox tempo on a continuant onset);
// - block: 300-700 ms of silence after the word's first 30 ms;
// - pause: 1.2-2.0 s of silence inserted where the speaker left almost none.
// Word times come from pocketsphinx forced alignment of the exact transcript (strict grammar).
import "./lib/react-server";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { alignChunk, encodeWav16 } from "../lib/speech/align/pocketsphinx";
import { frameLevels } from "../lib/speech/levels";
import { decodeToPcm } from "../lib/speech/decode";
import type { EventType } from "../lib/speech/eval/disfluency";
import { parseTranscriptsTsv } from "../lib/speech/eval/tsv";
import { normaliseForWer } from "../lib/speech/normalise-text";
import { refinePauses } from "../lib/speech/refine-pauses";
import { seededRandom } from "../lib/stats/seeded-random";
import { round, type TimedWord } from "../lib/speech/words";
import { fail } from "./lib/cli";
import {
  applySplices, between, concat, cut, espeakFiller, fade, holdGrain, levelMatch, pick, resample, rms, silence, SR, steadiestGrain,
  type Label, type Splice,
} from "./lib/disfluency-devset";

const VOICES = ["en-us", "en", "en-us+f3", "en+m3", "en-us+f2", "en+f4"];
const ESPEAK_FILLERS = ["uh", "um", "er", "ah", "umm"];
const CONTINUANT_ONSET = /^(s|sh|f|v|z|m|n|l|r|w|y|th|h|[aeiou])/;
const STOP_ONSET = /^[pbtdkg]/;
const EVENT_ROTATION: EventType[] = ["filler", "word-repeat", "part-word", "prolongation", "filler", "block", "pause", "word-repeat"];

/** Boundaries (index i = between words i and i+1) with the quiet cut point and the natural silence there. */
function boundaries(words: readonly TimedWord[]) {
  return words.slice(0, -1).map((w, i) => {
    const next = words[i + 1]!;
    return { i, cutAt: (w.end + next.start) / 2, gap: Math.max(0, next.start - w.end) };
  });
}

interface Plan {
  splices: Splice[];
  used: Set<number>;
}

function planEvent(type: EventType, samples: Float32Array, words: readonly TimedWord[], grain: Float32Array, level: number, r: () => number, plan: Plan, decodeSync: (f: string) => Float32Array): boolean {
  const free = (i: number) => !plan.used.has(i) && !plan.used.has(i - 1) && !plan.used.has(i + 1);
  const bs = boundaries(words).filter((b) => free(b.i) && free(b.i + 1));
  const mark = (i: number) => plan.used.add(i);
  const gap = () => silence(between(r, 0.08, 0.3));
  if (type === "filler" || type === "pause") {
    const ok = bs.filter((b) => (type === "pause" ? b.gap < 0.1 : b.gap < 0.4));
    if (ok.length === 0) return false;
    const b = pick(r, ok);
    mark(b.i);
    mark(b.i + 1);
    if (type === "pause") {
      const sec = between(r, 1.2, 2.0);
      plan.splices.push({ from: b.cutAt, to: b.cutAt, samples: silence(sec), label: { type, word: "", offset: -b.gap / 2, durationSec: round(sec + b.gap, 3) } });
      return true;
    }
    const sec = between(r, 0.3, 0.8);
    const own = r() < 0.5;
    const word = own ? pick(r, ["uh", "um"]) : pick(r, ESPEAK_FILLERS);
    const sound = own ? holdGrain(grain, sec, word === "um" ? between(r, 0.4, 0.7) : null, (sec * 10) % 2) : espeakFiller(word, pick(r, VOICES), sec, decodeSync);
    const before = silence(between(r, 0.05, 0.2));
    const filler = levelMatch(sound, level * 10 ** (between(r, -6, 0) / 20));
    plan.splices.push({ from: b.cutAt, to: b.cutAt, samples: concat([before, filler, silence(between(r, 0.05, 0.2))]), label: { type, word, offset: before.length / SR, durationSec: round(filler.length / SR, 3) } });
    return true;
  }
  const candidates = words
    .map((w, i) => ({ w, i }))
    .filter(({ w, i }) => free(i) && w.end - w.start >= 0.12 && (type !== "prolongation" || CONTINUANT_ONSET.test(w.text)) && (type !== "block" || STOP_ONSET.test(w.text)));
  if (candidates.length === 0) return false;
  const { w, i } = pick(r, candidates);
  mark(i);
  const prevEnd = words[i - 1]?.end ?? 0;
  const at = Math.max(prevEnd, w.start - 0.01);
  if (type === "word-repeat") {
    const copy = fade(resample(cut(samples, w.start, w.end), 1 + ((w.start * 37) % 0.12) - 0.06));
    plan.splices.push({ from: at, to: at, samples: concat([copy, gap()]), label: { type, word: w.text, offset: 0, durationSec: round(copy.length / SR, 3) } });
  } else if (type === "part-word") {
    const onset = fade(resample(cut(samples, w.start, w.start + Math.min(between(r, 0.1, 0.18), 0.5 * (w.end - w.start))), 1 + ((w.start * 37) % 0.12) - 0.06), 0.005, 0.02);
    const copies = r() < 0.6 ? [onset, gap()] : [onset, gap(), onset, gap()];
    plan.splices.push({ from: at, to: at, samples: concat(copies), label: { type, word: w.text, offset: 0, durationSec: round(concat(copies).length / SR, 3) } });
  } else if (type === "prolongation") {
    // Hold the onset with the speaker's own sound: loop its first 60 ms (a continuant, so holding it is natural).
    const onsetGrain = cut(samples, w.start + 0.01, w.start + 0.07);
    const held = levelMatch(holdGrain(onsetGrain, between(r, 0.4, 0.8)), rms(onsetGrain));
    plan.splices.push({ from: w.start + 0.01, to: w.start + 0.04, samples: concat([fade(held, 0.01, 0.03)]), label: { type, word: w.text, offset: -0.01, durationSec: round(held.length / SR, 3) } });
  } else {
    const sec = between(r, 0.3, 0.7);
    plan.splices.push({ from: w.start + 0.03, to: w.start + 0.03, samples: silence(sec), label: { type: "block", word: w.text, offset: -0.03, durationSec: round(sec, 3) } });
  }
  return true;
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      speech: { type: "string", default: path.resolve(import.meta.dirname, "../../shared/data/speech") },
      variants: { type: "string", default: "4" },
      seed: { type: "string", default: "12" },
    },
  });
  const outDir = positionals[0];
  if (!outDir) fail("usage: npm run devset:disfluency -- <outDir> [--speech <dir with transcripts.tsv>] [--variants 4] [--seed 12]");
  const tsv = path.join(values.speech, "transcripts.tsv");
  const rows = parseTranscriptsTsv(await readFile(tsv, "utf8").catch(() => fail(`error: cannot read ${tsv}`)));
  mkdirSync(path.join(outDir, "audio"), { recursive: true });
  // The same seed builds the same set.
  const r = seededRandom(Number(values.seed));
  const lines = ["file\ttype\ttime_s\tduration_s\tword"];
  let rotation = 0;
  // sox writes 16-bit WAV at 16 kHz for espeakFiller: read it back directly (no ffmpeg round trip).
  const decodeSync = (f: string) => readWav16(f);
  for (const row of rows) {
    const audio = await decodeToPcm(path.join(values.speech, row.file));
    const samples = audio.samples;
    const text = normaliseForWer(row.text);
    let words: TimedWord[];
    try {
      words = (await alignChunk(samples, SR, text, 0, { pocketsphinxPath: "pocketsphinx_continuous", strict: true })).words;
    } catch (e) {
      process.stderr.write(`skipped ${row.file}: ${(e as Error).message}\n`);
      continue;
    }
    words = refinePauses(words, frameLevels(samples, SR));
    const level = rms(concat(words.map((w) => cut(samples, w.start, w.end))));
    const grain = steadiestGrain(samples, words);
    const base = path.basename(row.file).replace(/\.[^.]+$/, "");
    const natural = (shift: (t: number) => number): Label[] =>
      boundaries(words)
        .filter((b) => b.gap > 0.5)
        .map((b) => ({ type: "pause", timeSec: shift(words[b.i]!.end), durationSec: round(b.gap, 3), word: "" }));
    const write = (name: string, out: Float32Array, labels: Label[]) => {
      writeFileSync(path.join(outDir, "audio", name), encodeWav16(out, SR));
      if (labels.length === 0) lines.push(`audio/${name}\tnone\t\t\t`);
      for (const l of labels.sort((a, b) => a.timeSec - b.timeSec)) lines.push(`audio/${name}\t${l.type}\t${round(l.timeSec, 3)}\t${l.durationSec}\t${l.word}`);
    };
    write(`${base}-fluent.wav`, samples, natural((t) => t));
    const variants = Number(values.variants);
    for (let v = 0; v < variants; v++) {
      const plan: Plan = { splices: [], used: new Set() };
      const n = words.length < 8 ? 1 : 1 + Math.floor(r() * 3);
      for (let k = 0; k < n; k++) {
        for (let tries = 0; tries < EVENT_ROTATION.length; tries++) {
          const type = EVENT_ROTATION[rotation++ % EVENT_ROTATION.length]!;
          if (planEvent(type, samples, words, grain, level, r, plan, decodeSync)) break;
        }
      }
      const { audio: out, labels, shift } = applySplices(samples, plan.splices);
      write(`${base}-v${v}.wav`, out, [...labels, ...natural(shift)]);
    }
    process.stderr.write(`${row.file}: ${words.length} words\n`);
  }
  writeFileSync(path.join(outDir, "labels.tsv"), `${lines.join("\n")}\n`);
  process.stdout.write(`${JSON.stringify({ labels: path.join(outDir, "labels.tsv"), rows: lines.length - 1 })}\n`);
}

/** Reads a 16-bit PCM WAV (what sox writes here) as float samples. */
function readWav16(file: string): Float32Array {
  const buf = readFileSync(file);
  let off = 12;
  while (off + 8 <= buf.length) {
    const id = buf.toString("ascii", off, off + 4);
    const size = buf.readUInt32LE(off + 4);
    if (id === "data") {
      const n = Math.floor(size / 2);
      const out = new Float32Array(n);
      for (let i = 0; i < n; i++) out[i] = buf.readInt16LE(off + 8 + i * 2) / 32768;
      return out;
    }
    off += 8 + size + (size % 2);
  }
  throw new Error(`no data chunk in ${file}`);
}

await main();
