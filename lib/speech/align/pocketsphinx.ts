// Forced alignment of a transcript with Debian pocketsphinx (JSGF grammar that lets each word repeat).
// Writes temporary files and spawns a process.
import "server-only";
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { POCKETSPHINX } from "../models";
import type { TimedWord } from "../words";
import {
  alignmentCoversTranscript,
  buildAlignmentInput,
  dropPhraseFinalRepeats,
  jsgfToken,
  parseAlignmentOutput,
  parseCmudict,
  type AlignmentInput,
} from "./grammar";
import { checkFilledPause, typicalSpectralChange } from "../acoustic/filled-pauses";
import { acousticIndex } from "../acoustic/similarity";
import { frameLevels, silenceThresholdDb } from "../levels";
import { verifyAddedRepeats } from "./verify-repeats";

let cmudict: Promise<Map<string, string[]>> | null = null;

function loadCmudict(): Promise<Map<string, string[]>> {
  if (!cmudict) {
    cmudict = readFile(POCKETSPHINX.dict, "utf8").then(parseCmudict);
    cmudict.catch(() => (cmudict = null));
  }
  return cmudict;
}

/** 16-bit little-endian mono WAV (pocketsphinx reads RIFF input with -infile). */
export function encodeWav16(samples: Float32Array, sampleRate: number): Buffer {
  const buf = Buffer.alloc(44 + samples.length * 2);
  buf.write("RIFF", 0);
  buf.writeUInt32LE(36 + samples.length * 2, 4);
  buf.write("WAVEfmt ", 8);
  buf.writeUInt32LE(16, 16);
  buf.writeUInt16LE(1, 20);
  buf.writeUInt16LE(1, 22);
  buf.writeUInt32LE(sampleRate, 24);
  buf.writeUInt32LE(sampleRate * 2, 28);
  buf.writeUInt16LE(2, 32);
  buf.writeUInt16LE(16, 34);
  buf.write("data", 36);
  buf.writeUInt32LE(samples.length * 2, 40);
  for (let i = 0; i < samples.length; i++) {
    const v = Math.max(-1, Math.min(1, samples[i]!));
    buf.writeInt16LE(Math.round(v * 32767), 44 + i * 2);
  }
  return buf;
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => {
      if (stderr.length < 10_000) stderr += d.toString();
    });
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export interface AlignResult {
  words: TimedWord[];
  oov: string[];
  /** false when only the strict grammar aligned: timings are good, but repeats were not searched for. */
  repeats: boolean;
}

/**
 * Aligns `words` to `samples` (one STT chunk). Times are offset by `offsetSec`.
 * Throws when pocketsphinx fails or its result does not cover the transcript; the caller falls back.
 */
export async function alignChunk(
  samples: Float32Array,
  sampleRate: number,
  words: readonly string[],
  offsetSec: number,
  opts: { pocketsphinxPath: string; timeoutMs?: number; strict?: boolean },
): Promise<AlignResult> {
  const dict = await loadCmudict();
  const strict = buildAlignmentInput(words, dict, { repeats: false });
  // `strict`: the transcript is known to be exact (evaluation sets): each word once, no search for repeats.
  if (opts.strict) return alignWith(strict, samples, sampleRate, words, offsetSec, opts, false, true);
  const withRepeats = buildAlignmentInput(words, dict);
  // Wide beams always: with pocketsphinx's default beams the grammar search sometimes dies before the
  // last word (no hypothesis), and when it succeeds its times can be ~0.7 s late after a long pause
  // (measured on the espeak test clip). If the repeat grammar still fails, the strict grammar gives timings.
  const attempts: [AlignmentInput, boolean, boolean][] = [
    [withRepeats, true, true],
    [strict, false, true],
  ];
  // A second search, run alongside, lets a filled pause sit between any two words (each word once). Its
  // words are not used: a filler option in the repeat grammar made the aligner take "I, I, I" for fillers.
  const fillerSearch = alignWith(buildAlignmentInput(words, dict, { repeats: false, fillers: true }), samples, sampleRate, words, offsetSec, opts, false, true)
    .then((r) => checkedFillers(r.words, samples, sampleRate, offsetSec))
    .catch(() => [] as TimedWord[]);
  let lastError: unknown;
  for (const [input, repeats, wide] of attempts) {
    try {
      const r = await alignWith(input, samples, sampleRate, words, offsetSec, opts, repeats, wide);
      return { ...r, words: mergeFillers(r.words, await fillerSearch) };
    } catch (e) {
      lastError = e;
    }
  }
  throw lastError;
}

/** The aligner's filled pauses that sound like one (held, voiced, flat pitch, steady spectrum). */
function checkedFillers(aligned: readonly TimedWord[], samples: Float32Array, sampleRate: number, offsetSec: number): TimedWord[] {
  const candidates = aligned.filter((w) => w.acoustic);
  if (candidates.length === 0) return [];
  const levels = frameLevels(samples, sampleRate);
  const index = acousticIndex(samples, sampleRate, offsetSec);
  const thresholdDb = silenceThresholdDb(levels);
  const ctx = { samples, sampleRate, offsetSec, index, levels, thresholdDb, typicalChange: typicalSpectralChange(index, levels, thresholdDb) };
  return candidates.filter((w) => checkFilledPause(w, ctx).ok);
}

/**
 * Adds checked filled pauses to the words of the main alignment. A word the main alignment stretched back
 * over the filler before it starts after the filler; a filler inside or at the end of a word is dropped.
 */
export function mergeFillers(words: readonly TimedWord[], fillers: readonly TimedWord[]): TimedWord[] {
  const out = words.map((w) => ({ ...w }));
  const kept: TimedWord[] = [];
  for (const f of fillers) {
    const hits = out.filter((w) => w.start < f.end && f.start < w.end);
    const ok = hits.every((w) => {
      const overlap = Math.min(w.end, f.end) - Math.max(w.start, f.start);
      const rest = w.end - w.start - overlap;
      // Only a word stretched back over a filler before it: a held sound at a word's end is ordinary
      // lengthening ("go-o."), not a filler.
      return rest >= 0.08 && w.start >= f.start - 0.03;
    });
    if (!ok) continue;
    for (const w of hits) w.start = f.end;
    kept.push(f);
  }
  return [...out, ...kept].sort((a, b) => a.start - b.start);
}

async function alignWith(
  input: AlignmentInput,
  samples: Float32Array,
  sampleRate: number,
  words: readonly string[],
  offsetSec: number,
  opts: { pocketsphinxPath: string; timeoutMs?: number },
  repeats: boolean,
  wideBeams: boolean,
): Promise<AlignResult> {
  const dir = await mkdtemp(path.join(tmpdir(), "rehearse-align-"));
  try {
    const wav = path.join(dir, "a.wav");
    const jsgf = path.join(dir, "g.jsgf");
    const dic = path.join(dir, "g.dict");
    await Promise.all([
      writeFile(wav, encodeWav16(samples, sampleRate)),
      writeFile(jsgf, input.jsgf),
      writeFile(dic, input.dict),
    ]);
    const { code, stdout, stderr } = await run(
      opts.pocketsphinxPath,
      [
        "-infile", wav,
        "-hmm", POCKETSPHINX.hmm,
        "-dict", dic,
        "-jsgf", jsgf,
        "-time", "yes",
        // Without this, pocketsphinx cuts silences and the times after a pause shift.
        "-remove_silence", "no",
        ...(wideBeams ? ["-beam", "1e-100", "-wbeam", "1e-80", "-pbeam", "1e-100", "-maxhmmpf", "-1"] : []),
        "-logfn", "/dev/null",
      ],
      opts.timeoutMs ?? 60_000,
    );
    if (code !== 0) throw new Error(`pocketsphinx exited ${code}: ${stderr.slice(-300)}`);
    const aligned = parseAlignmentOutput(stdout, offsetSec);
    if (!alignmentCoversTranscript(aligned, words)) {
      throw new Error("alignment did not cover the transcript");
    }
    if (!repeats) return { words: aligned, oov: input.oov, repeats };
    const tokens = words.map(jsgfToken).filter(Boolean);
    const levels = frameLevels(samples, sampleRate);
    const index = acousticIndex(samples, sampleRate, offsetSec);
    const checked = verifyAddedRepeats(dropPhraseFinalRepeats(aligned.filter((w) => !w.acoustic), tokens), tokens, levels, offsetSec, index);
    const thresholdDb = silenceThresholdDb(levels);
    const ctx = { samples, sampleRate, offsetSec, index, levels, thresholdDb, typicalChange: typicalSpectralChange(index, levels, thresholdDb) };
    // Filled pauses the grammar inserted are kept only if they sound like one (held, voiced, flat pitch).
    const fillers = aligned.filter((w) => w.acoustic && checkFilledPause(w, ctx).ok);
    return { words: [...checked, ...fillers].sort((a, b) => a.start - b.start), oov: input.oov, repeats };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
