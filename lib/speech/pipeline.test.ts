// End-to-end tests of analyzeAudioFile on audio generated at test time with espeak-ng, sox and ffmpeg
// (no audio is committed). Heavy: loads the Moonshine base model once; all model tests live in this file.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alignChunk } from "./align/pocketsphinx";
import { analyzeAudioFile } from "./analyze-audio-file";
import { hasBin } from "@/lib/testing/audio";
import { decodeToPcm } from "./decode";
import { SpeechAnalysisError } from "./errors";
import { MOONSHINE, SILERO_VAD, VOCAL_EXPRESSION_MODEL } from "./models";
import type { SpeechAnalysis } from "./schema";

const nodeModules = path.resolve(import.meta.dirname, "../../node_modules");
const missing = [
  ...["espeak-ng", "sox", "ffmpeg", "pocketsphinx_continuous"].filter((b) => !hasBin(b)),
  ...[MOONSHINE.base.encoder, SILERO_VAD.file].filter((f) => !existsSync(path.join(nodeModules, f))),
];
if (missing.length > 0) console.warn(`speech pipeline tests skipped, missing: ${missing.join(", ")}`);

// espeak-ng says "I I I" as one smooth glide that even the aligner only sometimes splits; with commas it
// leaves the short breaks a real stammer has. Moonshine may keep or drop the repeats: either way the
// analysis must report them (the alignment-only test below checks recovery of dropped repeats).
const PART1 = "I, I, I think, um, that we should, uh, go.";
const PART2 = "But the plan was fine, and the whole team agreed with it in the end.";
const PAUSE_SEC = 1.5;
/** Words actually spoken (the stammer counts three times; fillers are words). */
const SPOKEN_WORDS = 10 + 14;

let dir = "";
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: ["ignore", "ignore", "pipe"] });

/** Seconds of audio in a 16-bit wav (via soxi). */
const seconds = (f: string) => Number(execFileSync("soxi", ["-D", f]).toString().trim());

describe.skipIf(missing.length > 0)("analyzeAudioFile (espeak-ng audio)", () => {
  let analysis: SpeechAnalysis;
  let speechSec = 0;
  let part1Sec = 0;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "rehearse-speech-test-"));
    const p = (n: string) => path.join(dir, n);
    run("espeak-ng", ["-s", "150", "-w", p("p1raw.wav"), PART1]);
    run("espeak-ng", ["-s", "150", "-w", p("p2raw.wav"), PART2]);
    // Trim espeak's own leading/trailing silence so the inserted gap is exactly PAUSE_SEC.
    for (const n of ["p1", "p2"]) {
      run("sox", [p(`${n}raw.wav`), p(`${n}.wav`), "silence", "1", "0.01", "0.5%", "reverse", "silence", "1", "0.01", "0.5%", "reverse"]);
    }
    run("sox", ["-n", "-r", "22050", "-c", "1", "-b", "16", p("gap.wav"), "trim", "0", String(PAUSE_SEC)]);
    run("sox", ["-n", "-r", "22050", "-c", "1", "-b", "16", p("lead.wav"), "trim", "0", "0.5"]);
    run("sox", [p("lead.wav"), p("p1.wav"), p("gap.wav"), p("p2.wav"), p("lead.wav"), p("answer.wav")]);
    part1Sec = seconds(p("p1.wav"));
    speechSec = part1Sec + PAUSE_SEC + seconds(p("p2.wav"));
    analysis = await analyzeAudioFile(p("answer.wav"), { nodeModulesDir: nodeModules });
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("transcribes and aligns", () => {
    expect(analysis.transcript.toLowerCase()).toContain("plan was fine");
    expect(analysis.wordTimings.method).toBe("forced-alignment");
    expect(analysis.models.aligner).not.toBeNull();
  });

  it("finds the fillers at roughly the right times", () => {
    const um = analysis.fillers.items.find((f) => f.word === "um");
    // Moonshine writes espeak's "uh" as "uh" or "er": both are the same hesitation.
    const uh = analysis.fillers.items.find((f) => f.word === "uh" || f.word === "er");
    expect(um).toBeDefined();
    expect(uh).toBeDefined();
    // both lie inside the first sentence (0.5 s lead-in + part 1), um before uh
    expect(um!.start).toBeGreaterThan(0.5);
    expect(uh!.start).toBeGreaterThan(um!.start);
    expect(uh!.end).toBeLessThan(0.5 + part1Sec + 0.1);
  });

  it("recovers the 'I I I' stammer at the start", () => {
    const rep = analysis.repetitions.items.find((r) => r.text === "i");
    expect(rep).toBeDefined();
    expect(rep!.count).toBe(3);
    expect(rep!.start).toBeGreaterThan(0.3);
    expect(rep!.start).toBeLessThan(0.8);
  });

  it("measures the inserted pause as 1.5 +/- 0.25 s", () => {
    expect(analysis.pauses.longestSec).toBeGreaterThan(PAUSE_SEC - 0.25);
    expect(analysis.pauses.longestSec).toBeLessThan(PAUSE_SEC + 0.25);
    expect(analysis.pauses.count).toBeGreaterThanOrEqual(1);
    expect(analysis.pauses.longCount).toBe(0);
    expect(analysis.pauses.timeToFirstWordSec).toBeGreaterThan(0.3);
    expect(analysis.pauses.timeToFirstWordSec).toBeLessThan(0.7);
  });

  it("measures WPM within 15% of the generated rate", () => {
    const known = (SPOKEN_WORDS / speechSec) * 60;
    expect(Math.abs(analysis.pace.wpm - known) / known).toBeLessThan(0.15);
  });

  it("forced alignment recovers repeats missing from the transcript", async () => {
    const audio = await decodeToPcm(path.join(dir, "p1.wav"));
    const r = await alignChunk(audio.samples, audio.sampleRate, "i think um that we should uh go".split(" "), 0, {
      pocketsphinxPath: "pocketsphinx_continuous",
    });
    expect(r.repeats).toBe(true);
    expect(r.words.filter((w) => w.text === "i")).toHaveLength(3);
    expect(r.words.map((w) => w.text).slice(3)).toEqual("think um that we should uh go".split(" "));
  });

  it("reports voice metrics", () => {
    expect(analysis.voice.reliable).toBe(true);
    expect(analysis.voice.medianHz).toBeGreaterThan(60);
    expect(analysis.voice.medianHz).toBeLessThan(250);
  });

  it("classifies vocal expression over voiced windows with the registered model", () => {
    const v = analysis.vocalExpression;
    expect(v).toBeTruthy();
    expect(v!.windows.length).toBeGreaterThan(0);
    for (const w of v!.windows) expect(w.end - w.start).toBeGreaterThanOrEqual(1);
    expect(Object.values(v!.distribution).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);
    expect(v!.model).toEqual({ id: VOCAL_EXPRESSION_MODEL.id, version: VOCAL_EXPRESSION_MODEL.version, sha256: VOCAL_EXPRESSION_MODEL.sha256 });
    expect(analysis.models.vocalExpression).toBe(VOCAL_EXPRESSION_MODEL.version);
  });

  it("lists but does not score disfluencies when scoring is off (tiny model)", async () => {
    const a = await analyzeAudioFile(path.join(dir, "answer.wav"), {
      nodeModulesDir: nodeModules,
      sttModel: "tiny",
      disfluencyScoring: false,
      align: false,
    });
    expect(a.options).toEqual({ sttModel: "tiny", disfluencyScoring: false });
    expect(a.models.stt).toBe(MOONSHINE.tiny.id);
    expect(a.fillers.scored).toBe(false);
    expect(a.repetitions.scored).toBe(false);
    expect(a.wordTimings.method).toBe("vad-estimate");
    expect(a.pace.wordCount).toBeGreaterThan(15);
  });
});

describe.skipIf(missing.length > 0)("analyzeAudioFile failures", () => {
  let fdir = "";
  beforeAll(() => {
    fdir = mkdtempSync(path.join(tmpdir(), "rehearse-speech-bad-"));
  });
  afterAll(() => {
    if (fdir) rmSync(fdir, { recursive: true, force: true });
  });

  async function codeOf(file: string): Promise<string> {
    try {
      await analyzeAudioFile(file, { nodeModulesDir: nodeModules });
    } catch (e) {
      if (e instanceof SpeechAnalysisError) return e.code;
      throw e;
    }
    return "OK";
  }

  it("rejects a 0-byte file as EMPTY_MEDIA", async () => {
    const f = path.join(fdir, "empty.webm");
    writeFileSync(f, "");
    expect(await codeOf(f)).toBe("EMPTY_MEDIA");
  });

  it("rejects a text file renamed .webm as UNSUPPORTED_MEDIA", async () => {
    const f = path.join(fdir, "notes.webm");
    writeFileSync(f, "These are my interview notes, not a recording.\n".repeat(20));
    expect(await codeOf(f)).toBe("UNSUPPORTED_MEDIA");
  });

  it("rejects a truncated webm as CORRUPT_MEDIA", async () => {
    const wav = path.join(fdir, "s.wav");
    const webm = path.join(fdir, "s.webm");
    run("espeak-ng", ["-w", wav, "This recording will be cut off in the middle of the upload."]);
    run("ffmpeg", ["-v", "error", "-y", "-i", wav, "-c:a", "libopus", "-b:a", "32k", webm]);
    const bytes = readFileSync(webm);
    const cut = path.join(fdir, "cut.webm");
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    expect(await codeOf(webm)).toBe("OK");
    expect(await codeOf(cut)).toBe("CORRUPT_MEDIA");
  });

  it("rejects 10 s of silence, and of faint noise, as NO_SPEECH", async () => {
    const sil = path.join(fdir, "silence.wav");
    const hiss = path.join(fdir, "hiss.wav");
    run("sox", ["-n", "-r", "16000", "-c", "1", "-b", "16", sil, "trim", "0", "10"]);
    run("sox", ["-n", "-r", "16000", "-c", "1", "-b", "16", hiss, "synth", "10", "whitenoise", "vol", "0.01"]);
    expect(await codeOf(sil)).toBe("NO_SPEECH");
    expect(await codeOf(hiss)).toBe("NO_SPEECH");
  });
});
