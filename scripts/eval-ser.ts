// Usage: npm run eval:ser -- <dir> [--every N] [--limit N]
// Vocal-expression accuracy of the shipped model on a folder laid out like ../shared/data/ravdess
// (labels.tsv with file, speaker, emotion columns + the audio files it names). Each clip goes through the
// production path (ffmpeg -> Silero VAD -> voiced windows -> Moonshine encoder + prosody -> ONNX model).
// Prints accuracy, macro-F1, per-class recall and the confusion matrix for the 8 classes and for the merged
// set (calm counted as neutral, probabilities summed), and milliseconds of compute per second of audio
// (VAD + features + model, after one warm-up clip; decoding excluded; wall clock and CPU time).
// --every N keeps every Nth row (RAVDESS lists 60 clips per actor in class order: use N coprime with 60).
// NOTE: the shipped model was trained on RAVDESS actors 01-20; on those clips this measures training data.
// The speaker-independent figure is the cross-validation in the model's metadata (and the model card).
// The LAST stdout line is one JSON object: {"accuracy","macroF1","n","perClassRecall","confusion",...}.
import "./lib/react-server";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { VOCAL_EXPRESSION_MODEL } from "../lib/speech/models";
import { speechOptionsFromEnv } from "../lib/speech/options";
import { MERGED_CLASSES, toMerged, VOCAL_CLASSES } from "../lib/speech/vocal-expression/classes";
import { classifyClip } from "../lib/speech/vocal-expression/classify-clip";
import { loadVocalModelMeta, projectDirOf } from "../lib/speech/vocal-expression/classifier";
import { parseLabelsTsv } from "../lib/speech/vocal-expression/labels";
import { argmax, classificationFigures } from "../lib/speech/vocal-expression/metrics";
import { fail } from "./lib/cli";
import { writeEvalResult } from "./lib/eval-results";

function table(f: ReturnType<typeof classificationFigures>): string {
  const w = 10;
  const head = `${"true \\ predicted".padEnd(18)}${f.classes.map((c) => c.slice(0, w - 1).padStart(w)).join("")}  recall`;
  const rows = f.confusion.map((r, i) => `${f.classes[i]!.padEnd(18)}${r.map((v) => String(v).padStart(w)).join("")}  ${(f.perClassRecall[f.classes[i]!]! * 100).toFixed(1)}%`);
  return [head, ...rows].join("\n");
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { every: { type: "string", default: "1" }, limit: { type: "string" } },
  });
  const dir = positionals[0];
  if (!dir) fail("usage: npm run eval:ser -- <dir with labels.tsv> [--every N] [--limit N]");
  const every = Number(values.every);
  const limit = values.limit ? Number(values.limit) : Infinity;
  if (!Number.isInteger(every) || every < 1) fail("error: --every must be a positive integer");
  let rows;
  try {
    rows = parseLabelsTsv(await readFile(path.join(dir, "labels.tsv"), "utf8"));
  } catch (e) {
    fail(`error: cannot read ${path.join(dir, "labels.tsv")}: ${(e as Error).message}`);
  }
  rows = rows.filter((_, i) => i % every === 0).slice(0, limit);
  if (rows.length === 0) fail("error: no rows");
  const { nodeModulesDir } = speechOptionsFromEnv(process.env);
  const meta = loadVocalModelMeta(projectDirOf(nodeModulesDir));

  await classifyClip(path.join(dir, rows[0]!.file), nodeModulesDir); // warm-up: loads the models
  const truth: number[] = [];
  const pred: number[] = [];
  const predMerged: number[] = [];
  let audioSec = 0;
  let computeMs = 0;
  let cpuMs = 0;
  for (const [i, r] of rows.entries()) {
    const c = await classifyClip(path.join(dir, r.file), nodeModulesDir);
    truth.push(VOCAL_CLASSES.indexOf(r.emotion));
    pred.push(argmax(c.probabilities));
    const merged = MERGED_CLASSES.map((m) => c.probabilities.reduce((a, p, k) => a + (toMerged(VOCAL_CLASSES[k]!) === m ? p : 0), 0));
    predMerged.push(argmax(merged));
    audioSec += c.durationSec;
    computeMs += c.computeMs;
    cpuMs += c.cpuMs;
    if ((i + 1) % 100 === 0) process.stderr.write(`${i + 1}/${rows.length}\n`);
  }
  const eight = classificationFigures(truth, pred, VOCAL_CLASSES);
  const merged = classificationFigures(
    truth.map((t) => MERGED_CLASSES.indexOf(toMerged(VOCAL_CLASSES[t]!))),
    predMerged,
    MERGED_CLASSES,
  );
  const msPerAudioSec = Math.round((computeMs / audioSec) * 10) / 10;
  const cpuMsPerAudioSec = Math.round((cpuMs / audioSec) * 10) / 10;
  console.log(`model ${meta.id} ${meta.version} (sha256 ${VOCAL_EXPRESSION_MODEL.sha256.slice(0, 12)}), ${rows.length} clips, ${audioSec.toFixed(0)} s of audio`);
  console.log(`8 classes: accuracy ${(eight.accuracy * 100).toFixed(2)}%, macro-F1 ${eight.macroF1.toFixed(4)}`);
  console.log(table(eight));
  console.log(`merged (calm -> neutral): accuracy ${(merged.accuracy * 100).toFixed(2)}%, macro-F1 ${merged.macroF1.toFixed(4)}`);
  console.log(table(merged));
  console.log(`compute: ${msPerAudioSec} ms per second of audio (VAD + features + model; wall clock), ${cpuMsPerAudioSec} ms of CPU time`);
  console.log(`speaker-independent cross-validation (model metadata): ${(meta.crossValidation.eightClass.accuracy * 100).toFixed(2)}% on 8 classes`);
  const figures = {
    accuracy: eight.accuracy,
    macroF1: eight.macroF1,
    n: eight.n,
    perClassRecall: eight.perClassRecall,
    confusion: eight.confusion,
    classes: eight.classes,
    merged,
    msPerAudioSec,
    cpuMsPerAudioSec,
    every,
    model: { id: meta.id, version: meta.version, sha256: VOCAL_EXPRESSION_MODEL.sha256 },
  };
  writeEvalResult("ser", dir, figures);
  console.log(JSON.stringify(figures));
}

void main();
