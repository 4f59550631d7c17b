// Usage: npx tsx scripts/eval-stt.ts <transcripts.tsv> [--model base|tiny] [--beams N] [--length-penalty X]
//                                                        [--lead-in SEC]
// Word error rate and real-time factor of the speech-to-text stage on a labelled corpus.
// The TSV has a header with at least `file` and `text` columns; paths are relative to the TSV.
// Each clip goes through the production path: ffmpeg decode -> Silero VAD -> chunks <= 20 s -> Moonshine,
// decoded as the app decodes (DEFAULT_DECODE) unless --beams / --length-penalty / --lead-in say otherwise.
// Two WERs, each over reference and hypothesis alike:
// - normalised: lib/speech/eval/english-normaliser.ts (spelling variants, numbers, contractions,
//   possessives, abbreviations, fillers; like Whisper's EnglishTextNormalizer), the headline figure;
// - raw: lower-case and punctuation removed only, to show what the normaliser forgives.
// Corpus WER = total edits / total reference words (not a mean of clip WERs).
// RTF = processing seconds (VAD + STT, after one warm-up clip so model loading is excluded) / audio seconds;
// decodeRtf counts Moonshine alone; cpuRtf is this process's CPU time over audio seconds (onnxruntime runs
// on one thread, so on a shared machine it estimates the wall time the same work takes on an idle core).
// Writes bench/results/stt-<model>-<set>.json (git-ignored; scripts/lib/eval-results.ts). The model cards show
// only promoted figures (`npm run figures:promote`).
// The LAST stdout line is one JSON object: {"wer":..,"werRaw":..,"rtf":..,"n":..,"model":..,...}.
import "./lib/react-server";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { frameLevels } from "../lib/speech/levels";
import { quietestMoment } from "../lib/speech/analyze-audio-file";
import { MAX_CHUNK_SEC, planChunks } from "../lib/speech/chunking";
import { decodeToPcm } from "../lib/speech/decode";
import { normaliseEnglish, rawWords } from "../lib/speech/eval/english-normaliser";
import { parseTranscriptsTsv } from "../lib/speech/eval/tsv";
import { wer, wordErrors, type WerCounts } from "../lib/speech/eval/wer";
import { MOONSHINE, STT_MODELS } from "../lib/speech/models";
import { speechOptionsFromEnv } from "../lib/speech/options";
import { DEFAULT_DECODE, decodeForChunk, transcribe, type DecodeOptions } from "../lib/speech/stt/moonshine";
import { detectSpeech } from "../lib/speech/vad";
import { fail } from "./lib/cli";
import { writeEvalResult } from "./lib/eval-results";

const argsSchema = z.object({
  model: z.enum(STT_MODELS).optional(),
  beams: z.coerce.number().int().min(1).max(16).default(DEFAULT_DECODE.beams),
  lengthPenalty: z.coerce.number().min(0).max(4).default(DEFAULT_DECODE.lengthPenalty),
  leadInSec: z.coerce.number().min(0).max(2).default(DEFAULT_DECODE.leadInSec),
});

async function transcribeFile(file: string, model: (typeof STT_MODELS)[number], nodeModulesDir: string, decode: DecodeOptions) {
  const audio = await decodeToPcm(file);
  const t = performance.now();
  const cpu = process.cpuUsage();
  const speech = await detectSpeech(audio.samples, audio.sampleRate, nodeModulesDir);
  const texts: string[] = [];
  const levels = frameLevels(audio.samples, audio.sampleRate);
  let decodeMs = 0;
  for (const c of planChunks(speech, MAX_CHUNK_SEC, (lo, hi) => quietestMoment(levels, lo, hi))) {
    const slice = audio.samples.subarray(Math.floor(c.start * audio.sampleRate), Math.ceil(c.end * audio.sampleRate));
    const d = performance.now();
    texts.push((await transcribe(slice, model, nodeModulesDir, decodeForChunk(c.start, decode))).text);
    decodeMs += performance.now() - d;
  }
  const used = process.cpuUsage(cpu);
  return {
    text: texts.join(" "),
    durationSec: audio.durationSec,
    procSec: (performance.now() - t) / 1000,
    cpuSec: (used.user + used.system) / 1e6,
    decodeSec: decodeMs / 1000,
  };
}

const edits = (c: WerCounts) => c.substitutions + c.deletions + c.insertions;
const r4 = (x: number) => Math.round(x * 10_000) / 10_000;
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

async function main() {
  const { positionals, values } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: {
      model: { type: "string" },
      beams: { type: "string" },
      "length-penalty": { type: "string" },
      "lead-in": { type: "string" },
    },
  });
  const tsv = positionals[0];
  if (!tsv) fail("usage: tsx scripts/eval-stt.ts <transcripts.tsv> [--model base|tiny] [--beams N] [--length-penalty X] [--lead-in SEC]");
  const args = argsSchema.safeParse({
    model: values.model,
    beams: values.beams,
    lengthPenalty: values["length-penalty"],
    leadInSec: values["lead-in"],
  });
  if (!args.success) fail(`error: ${args.error.issues[0]?.path.join(".")}: ${args.error.issues[0]?.message}`);
  const { model, ...decode } = args.data;
  const opts = speechOptionsFromEnv(process.env, model ? { sttModel: model } : {});
  let rows;
  try {
    rows = parseTranscriptsTsv(await readFile(tsv, "utf8"));
  } catch (e) {
    fail(`error: cannot read ${tsv}: ${(e as Error).message}`);
  }
  if (rows.length === 0) fail("error: no rows");
  const base = path.dirname(path.resolve(tsv));

  const loadStart = performance.now();
  await transcribeFile(path.resolve(base, rows[0]!.file), opts.sttModel, opts.nodeModulesDir, decode); // warm-up: loads models
  const loadSec = (performance.now() - loadStart) / 1000;

  const total = { edits: 0, refWords: 0, rawEdits: 0, rawRefWords: 0, audioSec: 0, procSec: 0, cpuSec: 0, decodeSec: 0 };
  const perClip = [];
  for (const row of rows) {
    const r = await transcribeFile(path.resolve(base, row.file), opts.sttModel, opts.nodeModulesDir, decode);
    const ref = normaliseEnglish(row.text);
    const hyp = normaliseEnglish(r.text);
    const c = wordErrors(ref, hyp);
    const raw = wordErrors(rawWords(row.text), rawWords(r.text));
    total.edits += edits(c);
    total.refWords += c.n;
    total.rawEdits += edits(raw);
    total.rawRefWords += raw.n;
    total.audioSec += r.durationSec;
    total.procSec += r.procSec;
    total.decodeSec += r.decodeSec;
    total.cpuSec += r.cpuSec;
    const clip = {
      file: row.file,
      referenceWords: c.n,
      substitutions: c.substitutions,
      deletions: c.deletions,
      insertions: c.insertions,
      wer: r4(wer(c)),
      werRaw: r4(wer(raw)),
      audioSec: Math.round(r.durationSec * 100) / 100,
      rtf: Math.round((r.procSec / r.durationSec) * 1000) / 1000,
      hypothesis: r.text,
    };
    perClip.push(clip);
    process.stdout.write(
      `${row.file}\tWER ${pct(clip.wer)} (S${c.substitutions} D${c.deletions} I${c.insertions} / ${c.n})\traw ${pct(clip.werRaw)}\tRTF ${clip.rtf.toFixed(3)}\n` +
        (clip.wer > 0 ? `  ref: ${ref.join(" ")}\n  hyp: ${hyp.join(" ")}\n` : ""),
    );
  }
  const summary = {
    wer: r4(total.edits / total.refWords),
    werRaw: r4(total.rawEdits / total.rawRefWords),
    rtf: Math.round((total.procSec / total.audioSec) * 1000) / 1000,
    decodeRtf: Math.round((total.decodeSec / total.audioSec) * 1000) / 1000,
    cpuRtf: Math.round((total.cpuSec / total.audioSec) * 1000) / 1000,
    n: rows.length,
    model: opts.sttModel,
    modelId: MOONSHINE[opts.sttModel].id,
    decoding: decode,
    referenceWords: total.refWords,
    audioSec: Math.round(total.audioSec * 100) / 100,
    processingSec: Math.round(total.procSec * 100) / 100,
    warmupSec: Math.round(loadSec * 100) / 100,
    meanClipWer: r4(perClip.reduce((s, c) => s + c.wer, 0) / perClip.length),
  };
  process.stdout.write(
    `corpus WER ${pct(summary.wer)} normalised, ${pct(summary.werRaw)} raw, over ${total.refWords} words; ` +
      `RTF ${summary.rtf} (Moonshine alone ${summary.decodeRtf}; CPU time ${summary.cpuRtf}); ${opts.sttModel}, ${JSON.stringify(decode)}\n`,
  );
  const written = writeEvalResult("stt", tsv, { ...summary, corpus: path.basename(tsv), perClip }, opts.sttModel);
  process.stdout.write(`wrote ${path.relative(process.cwd(), written)}\n`);
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

await main();
