// Usage: npm run eval:disfluency -- <labels.tsv> [--model base|tiny]
// Precision and recall of each disfluency type, pause-length error and answers lost, on a labelled set.
// The TSV has a header `file, type, time_s, duration_s, word` (tab-separated), one row per event, audio
// paths relative to the TSV; type is filler / word-repeat / part-word / prolongation / block / pause, or
// `none` for a file without events (its false detections still count). A detection of the same type
// within 0.5 s of a label finds it (one-to-one, nearest first). Each file goes through the production
// pipeline (analyzeAudioFile). Build a development set with `npm run devset:disfluency -- <outDir>`.
// Writes bench/results/disfluency-<set>.json; the LAST stdout line is one JSON object
// {"byType": {"<type>": {"tp","fp","fn","precision","recall"}}, "pauseErrorMedianSec", "lost", "files", ...}.
import "./lib/react-server";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { analyzeAudioFile, isSpeechAnalysisError, speechOptionsFromEnv } from "../lib/speech";
import { median } from "../lib/stats";
import { detectionsOf, EVENT_TYPES, parseLabelsTsv, ratio, scoreFile, totals, type FileScore, type LabelRow } from "../lib/speech/eval/disfluency";
import { round } from "../lib/speech/words";
import { fail } from "./lib/cli";
import { writeEvalResult } from "./lib/eval-results";

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { model: { type: "string" } } });
  const labelsPath = positionals[0];
  if (!labelsPath) fail("usage: npm run eval:disfluency -- <labels.tsv> [--model base|tiny]");
  const text = await readFile(labelsPath, "utf8").catch(() => fail(`error: cannot read ${labelsPath}`));
  let rows: LabelRow[];
  try {
    rows = parseLabelsTsv(text);
  } catch (e) {
    fail(`error: ${(e as Error).message}`);
  }
  // Vocal expression is not part of this evaluation: skip it (time).
  const options = speechOptionsFromEnv(process.env, { vocalExpression: false, ...(values.model ? { sttModel: values.model as "base" | "tiny" } : {}) });
  const byFile = new Map<string, LabelRow[]>();
  for (const r of rows) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);

  const scores: FileScore[] = [];
  const lostFiles: string[] = [];
  const transcriptUnavailable: string[] = [];
  let fluentWords = 0;
  let fluentFalseRepeats = 0;
  const ms: number[] = [];
  for (const [file, labels] of byFile) {
    const abs = path.resolve(path.dirname(labelsPath), file);
    try {
      const a = await analyzeAudioFile(abs, options);
      ms.push(a.processingMs.total);
      if (a.transcriptStatus?.available === false) transcriptUnavailable.push(file);
      const s = scoreFile(labels, detectionsOf(a));
      scores.push(s);
      if (labels.every((l) => l.type === "none" || l.type === "pause")) {
        fluentWords += a.pace.wordCount;
        fluentFalseRepeats += s.byType["word-repeat"].fp;
      }
      const missed = EVENT_TYPES.filter((t) => s.byType[t].fn > 0 || s.byType[t].fp > 0).map((t) => `${t} +${s.byType[t].tp} fp${s.byType[t].fp} fn${s.byType[t].fn}`);
      process.stdout.write(`${file}: ${missed.length ? missed.join(", ") : "all found"}\n`);
    } catch (e) {
      if (!isSpeechAnalysisError(e)) throw e;
      lostFiles.push(file);
      // A lost answer misses all its events.
      scores.push(scoreFile(labels, []));
      process.stdout.write(`${file}: LOST (${e.code})\n`);
    }
  }
  const byType = totals(scores);
  const pauseErrors = scores.flatMap((s) => s.pauseErrors);
  const absMedian = median(pauseErrors.map(Math.abs));
  const figures = {
    byType,
    pauseErrorMedianSec: absMedian === null ? null : round(absMedian, 3),
    pauseErrorSignedMedianSec: median(pauseErrors) === null ? null : round(median(pauseErrors)!, 3),
    lost: lostFiles.length,
    files: byFile.size,
    transcriptUnavailable: transcriptUnavailable.length,
    falseWordRepeatsPer100WordsFluent: ratio(fluentFalseRepeats * 100, fluentWords),
    fluentWords,
    model: options.sttModel,
    medianProcessingMs: median(ms),
  };
  for (const t of EVENT_TYPES) {
    const c = byType[t];
    process.stdout.write(`${t.padEnd(13)} tp ${c.tp} fp ${c.fp} fn ${c.fn}  precision ${c.precision ?? "-"}  recall ${c.recall ?? "-"}\n`);
  }
  process.stdout.write(`pause length error: median |error| ${figures.pauseErrorMedianSec ?? "-"} s (signed ${figures.pauseErrorSignedMedianSec ?? "-"} s); lost ${figures.lost} of ${figures.files}; false word repeats on fluent speech ${figures.falseWordRepeatsPer100WordsFluent ?? "-"} per 100 words\n`);
  process.stdout.write(`wrote ${writeEvalResult("disfluency", labelsPath, figures)}\n`);
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

await main();
