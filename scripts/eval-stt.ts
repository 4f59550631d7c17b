// Usage: npx tsx scripts/eval-stt.ts <transcripts.tsv> [--model base|tiny]
// Word error rate and real-time factor of the speech-to-text stage on a labelled corpus.
// The TSV has a header with at least `file` and `text` columns; paths are relative to the TSV.
// Each clip goes through the production path: ffmpeg decode -> Silero VAD -> chunks <= 20 s -> Moonshine.
// WER normalisation (lib/speech/normalise-text.ts), applied to both sides: lower-case, punctuation removed
// (in-word apostrophes kept, hyphens split words), numbers spelled out as words (years as spoken),
// mr/mrs/dr/st expanded. Corpus WER = total edits / total reference words (not a mean of clip WERs).
// RTF = processing seconds (VAD + STT, after one warm-up clip so model loading is excluded) / audio seconds.
// The LAST stdout line is one JSON object: {"wer":..,"rtf":..,"n":..,"model":..,...}.
import { mkdirSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { frameLevels } from "../lib/speech/align/verify-repeats";
import { quietestMoment } from "../lib/speech/analyze-audio-file";
import { MAX_CHUNK_SEC, planChunks } from "../lib/speech/chunking";
import { decodeToPcm } from "../lib/speech/decode";
import { parseTranscriptsTsv } from "../lib/speech/eval/tsv";
import { wer, wordErrors } from "../lib/speech/eval/wer";
import { MOONSHINE, STT_MODELS } from "../lib/speech/models";
import { normaliseForWer } from "../lib/speech/normalise-text";
import { speechOptionsFromEnv } from "../lib/speech/options";
import { transcribe } from "../lib/speech/stt/moonshine";
import { detectSpeech } from "../lib/speech/vad";
import { fail, parseArgs } from "./lib/cli";

async function transcribeFile(file: string, model: (typeof STT_MODELS)[number], nodeModulesDir: string) {
  const audio = await decodeToPcm(file);
  const t = performance.now();
  const speech = await detectSpeech(audio.samples, audio.sampleRate, nodeModulesDir);
  const texts: string[] = [];
  const levels = frameLevels(audio.samples, audio.sampleRate);
  for (const c of planChunks(speech, MAX_CHUNK_SEC, (lo, hi) => quietestMoment(levels, lo, hi))) {
    const slice = audio.samples.subarray(Math.floor(c.start * audio.sampleRate), Math.ceil(c.end * audio.sampleRate));
    texts.push((await transcribe(slice, model, nodeModulesDir)).text);
  }
  return { text: texts.join(" "), durationSec: audio.durationSec, procSec: (performance.now() - t) / 1000 };
}

async function main() {
  const { positional, flags } = parseArgs(process.argv.slice(2));
  const tsv = positional[0];
  if (!tsv) fail("usage: tsx scripts/eval-stt.ts <transcripts.tsv> [--model base|tiny]");
  const modelParse = z.enum(STT_MODELS).optional().safeParse(flags.model);
  if (!modelParse.success) fail(`error: --model must be one of ${STT_MODELS.join(", ")}`);
  const opts = speechOptionsFromEnv(process.env, modelParse.data ? { sttModel: modelParse.data } : {});
  let rows;
  try {
    rows = parseTranscriptsTsv(await readFile(tsv, "utf8"));
  } catch (e) {
    fail(`error: cannot read ${tsv}: ${(e as Error).message}`);
  }
  if (rows.length === 0) fail("error: no rows");
  const base = path.dirname(path.resolve(tsv));

  const loadStart = performance.now();
  await transcribeFile(path.join(base, rows[0]!.file), opts.sttModel, opts.nodeModulesDir); // warm-up: loads models
  const loadSec = (performance.now() - loadStart) / 1000;

  let edits = 0;
  let refWords = 0;
  let audioSec = 0;
  let procSec = 0;
  const perClip: { file: string; wer: number; rtf: number }[] = [];
  for (const row of rows) {
    const r = await transcribeFile(path.join(base, row.file), opts.sttModel, opts.nodeModulesDir);
    const ref = normaliseForWer(row.text);
    const hyp = normaliseForWer(r.text);
    const c = wordErrors(ref, hyp);
    const w = wer(c);
    edits += c.substitutions + c.deletions + c.insertions;
    refWords += c.n;
    audioSec += r.durationSec;
    procSec += r.procSec;
    perClip.push({ file: row.file, wer: w, rtf: r.procSec / r.durationSec });
    process.stdout.write(
      `${row.file}\tWER ${(w * 100).toFixed(1)}% (S${c.substitutions} D${c.deletions} I${c.insertions} / ${c.n})\tRTF ${(r.procSec / r.durationSec).toFixed(3)}\n` +
        (w > 0 ? `  ref: ${ref.join(" ")}\n  hyp: ${hyp.join(" ")}\n` : ""),
    );
  }
  const summary = {
    wer: Math.round((edits / refWords) * 10_000) / 10_000,
    rtf: Math.round((procSec / audioSec) * 1000) / 1000,
    n: rows.length,
    model: opts.sttModel,
    modelId: MOONSHINE[opts.sttModel].id,
    referenceWords: refWords,
    audioSec: Math.round(audioSec * 100) / 100,
    processingSec: Math.round(procSec * 100) / 100,
    warmupSec: Math.round(loadSec * 100) / 100,
    meanClipWer: Math.round((perClip.reduce((s, c) => s + c.wer, 0) / perClip.length) * 10_000) / 10_000,
  };
  process.stdout.write(`corpus WER ${(summary.wer * 100).toFixed(2)}% over ${refWords} words, RTF ${summary.rtf} (${opts.sttModel})\n`);
  // Kept for the model card page (app/(marketing)/models), which shows the latest measurement.
  const out = path.resolve("bench/results", `stt-${opts.sttModel}.json`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ ...summary, corpus: path.basename(tsv), measuredAt: new Date().toISOString() }, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

await main();
