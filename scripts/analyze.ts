// Usage: npx tsx scripts/analyze.ts <audio file> [--model base|tiny] [--no-disfluency-scoring] [--no-align]
// Runs the whole offline speech pipeline on one file. Prints a readable summary, then as the LAST stdout
// line one JSON object (the summary fields, plus the full analysis under "analysis").
// Bad input: a message on stderr and exit code 2 (permanent failure, with its code) or 1 (other errors).
import "./lib/react-server";
import { existsSync } from "node:fs";
import { z } from "zod";
import { analyzeAudioFile, isSpeechAnalysisError, speechOptionsFromEnv, type SpeechAnalysis } from "../lib/speech";
import { fail, parseArgsOrExit } from "./lib/cli";

export function summarise(a: SpeechAnalysis) {
  return {
    transcript: a.transcript,
    wordCount: a.pace.wordCount,
    wpm: a.pace.wpm,
    articulationWpm: a.pace.articulationWpm,
    paceRating: a.pace.rating,
    fillers: {
      count: a.fillers.count,
      per100Words: a.fillers.per100Words,
      items: a.fillers.items.map((f) => ({ word: f.word, start: f.start, evidence: f.evidence ?? "transcript" })),
    },
    repetitions: a.repetitions.items.map((r) => ({ text: r.text, count: r.count, start: r.start, kind: r.kind })),
    repetitionRates: { per100Words: a.repetitions.per100Words, perMinute: a.repetitions.perMinute ?? null, byKind: a.repetitions.byKind ?? {} },
    transcriptStatus: a.transcriptStatus ?? { available: true, reason: null, attempts: [] },
    paceSource: a.pace.source ?? "words",
    pauses: { count: a.pauses.count, longCount: a.pauses.longCount, longestSec: a.pauses.longestSec, timeToFirstWordSec: a.pauses.timeToFirstWordSec },
    pitch: { medianHz: a.voice.medianHz, rangeSemitones: a.voice.rangeSemitones, variabilitySemitones: a.voice.variabilitySemitones, monotone: a.voice.monotone },
    durationSec: a.durationSec,
    timing: a.wordTimings.method,
    disfluencyScoring: a.options.disfluencyScoring,
    models: a.models,
    algorithmVersion: a.algorithmVersion,
    processingMs: a.processingMs.total,
  };
}

async function main() {
  const usage = "tsx scripts/analyze.ts <audio file> [--model base|tiny] [--no-disfluency-scoring] [--no-align]";
  const { positionals, values: flags } = parseArgsOrExit(
    {
      allowPositionals: true,
      options: { model: { type: "string" }, "no-disfluency-scoring": { type: "boolean" }, "no-align": { type: "boolean" } },
    },
    usage,
  );
  const file = positionals[0];
  if (!file) fail(`usage: ${usage}`);
  if (!existsSync(file)) fail(`error: file not found: ${file}`);
  let options;
  try {
    options = speechOptionsFromEnv(process.env, {
      ...(flags.model ? { sttModel: flags.model as "base" | "tiny" } : {}),
      disfluencyScoring: flags["no-disfluency-scoring"] !== true,
      align: flags["no-align"] !== true,
    });
  } catch (e) {
    fail(`error: bad options (STT_MODEL or --model must be base or tiny): ${e instanceof z.ZodError ? z.prettifyError(e) : String(e)}`);
  }
  try {
    const a = await analyzeAudioFile(file, options);
    const s = summarise(a);
    const out = process.stdout;
    out.write(`file: ${file} (${a.media.kind}, ${a.durationSec.toFixed(1)} s), model ${a.options.sttModel}, timings by ${a.wordTimings.method}\n`);
    out.write(`transcript: ${a.transcript}\n`);
    out.write(`pace: ${a.pace.wpm} wpm (${a.pace.rating}; ideal ${a.pace.target.idealMin}-${a.pace.target.idealMax}), articulation ${a.pace.articulationWpm} wpm, ${a.pace.wordCount} words\n`);
    out.write(`fillers: ${a.fillers.count} (${a.fillers.per100Words}/100 words) ${a.fillers.items.map((f) => `${f.word}@${f.start}`).join(" ")}${a.fillers.scored ? "" : " [not scored]"}\n`);
    out.write(`repetitions: ${a.repetitions.items.map((r) => `"${r.text}"x${r.count}@${r.start}`).join(" ") || "none"}${a.repetitions.scored ? "" : " [not scored]"}\n`);
    out.write(`pauses: ${a.pauses.count} > ${a.pauses.thresholds.pauseSec} s, ${a.pauses.longCount} > ${a.pauses.thresholds.longPauseSec} s, longest ${a.pauses.longestSec} s, first word at ${a.pauses.timeToFirstWordSec} s\n`);
    out.write(`voice: median ${a.voice.medianHz} Hz, range ${a.voice.rangeSemitones} st, variability ${a.voice.variabilitySemitones} st${a.voice.monotone ? " (monotone)" : ""}\n`);
    out.write(`processing: ${JSON.stringify(a.processingMs)} ms\n`);
    out.write(`${JSON.stringify({ ...s, analysis: a })}\n`);
  } catch (e) {
    if (isSpeechAnalysisError(e)) fail(`error ${e.code}: ${e.userMessage} (${e.message})`, 2);
    fail(`error: ${(e as Error).stack ?? String(e)}`);
  }
}

await main();
