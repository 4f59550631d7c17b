/**
 * Evaluate an emotion model through the app's own emotion code (same preprocessing module, same
 * EmotionClassifier, tfjs wasm backend in Node) on a FER2013-style folder <dir>/<class>/*.jpg.
 *
 *   npx tsx scripts/eval-fer.ts <dir> [--model <model or ensemble id>|<id>+<id>] [--flip|--no-flip] [--scales 1,1.1] [--limit N] [--no-browser]
 *
 * Mirror averaging follows the registry (each model's flipByDefault, each ensemble member's flip) unless
 * --flip or --no-flip forces it for every network.
 *
 * Prints accuracy, macro-F1, per-class recall, the confusion matrix, per-face latency in Node's wasm backend
 * and (unless --no-browser, or when Debian Chromium is missing) in headless Chromium's on BROWSER_FACES faces,
 * and accuracy with and without test images pixel-identical to a training image (when a Training folder
 * sits beside <dir>).
 * The LAST stdout line is one JSON object: {"accuracy","macroF1","n",...}.
 */
import "./lib/react-server";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs as parseCliArgs } from "node:util";
import * as tf from "@tensorflow/tfjs";
import { z } from "zod";
import { EmotionEnsemble } from "@/lib/vision/emotion/classifier";
import { EMOTIONS } from "@/lib/vision/emotion/emotions";
import { decodeJpegFile, listFerImages, pixelHash, predictFer } from "@/lib/vision/emotion/fer-dataset";
import { median, quantileSorted } from "@/lib/stats";
import { accuracy, confusionMatrix, macroF1, perClassRecall } from "@/lib/vision/emotion/metrics";
import {
  DEFAULT_EMOTION_MODEL,
  EMOTION_CHOICE_IDS,
  emotionMembers,
  getEmotionModel,
  isEmotionChoiceId,
  isEmotionModelId,
  type EmotionModelId,
} from "@/lib/vision/model-registry";
import { fileModelHandler, initNodeWasmBackend } from "@/lib/vision/node-model-loader";
import { emotionModelFile } from "@/lib/vision/node/human-models";
import { writeEvalResult } from "./lib/eval-results";
import { chromiumAvailable, measureBrowserLatency } from "./lib/fer-browser-latency";

const argsSchema = z.object({
  dir: z.string().min(1),
  /** A registry model or ensemble id, or several model ids joined by "+" for an ad-hoc ensemble. */
  model: z
    .string()
    .default(DEFAULT_EMOTION_MODEL)
    .transform((v, ctx) => {
      if (isEmotionChoiceId(v)) return { name: v, members: emotionMembers(v) };
      const ids = v.split("+");
      for (const id of ids) if (!isEmotionModelId(id)) ctx.addIssue({ code: "custom", message: `unknown model "${id}" (known: ${EMOTION_CHOICE_IDS.join(", ")})` });
      return { name: v, members: (ids as EmotionModelId[]).map((id) => ({ model: id, flip: getEmotionModel(id).flipByDefault, weight: 1 })) };
    }),
  /** Undefined: the registry's setting per network. */
  flip: z.boolean().optional(),
  scales: z
    .string()
    .default("1")
    .transform((v) => v.split(",").map(Number))
    .pipe(z.array(z.number().positive().max(2)).min(1)),
  limit: z.coerce.number().int().positive().optional(),
  browser: z.boolean().default(true),
});

/** Faces timed in Chromium: enough for a stable median, few enough to pass through page.evaluate. */
const BROWSER_FACES = 300;

function parseArgs(argv: string[]): z.infer<typeof argsSchema> {
  const { values, positionals } = parseCliArgs({
    args: argv,
    allowPositionals: true,
    options: {
      model: { type: "string" },
      limit: { type: "string" },
      scales: { type: "string" },
      flip: { type: "boolean" },
      "no-flip": { type: "boolean" },
      "no-browser": { type: "boolean" },
    },
  });
  const flip = values["no-flip"] ? false : values.flip;
  const parsed = argsSchema.safeParse({
    model: values.model,
    limit: values.limit,
    scales: values.scales,
    ...(flip === undefined ? {} : { flip }),
    ...(values["no-browser"] ? { browser: false } : {}),
    dir: positionals[0],
  });
  if (!parsed.success) {
    throw new Error(`usage: eval-fer.ts <dir> [--model ${EMOTION_CHOICE_IDS.join("|")}|<id>+<id>] [--flip|--no-flip] [--scales 1,1.1] [--limit N]\n${parsed.error.issues[0]?.message}`);
  }
  return parsed.data;
}

function modelJsonPath(id: EmotionModelId): string {
  const file = emotionModelFile(id);
  if (!existsSync(file)) throw new Error(`model file not found: ${file}`);
  return file;
}

const pct = (v: number) => `${(100 * v).toFixed(2)}%`;

interface LatencyFigures {
  median: number;
  p95: number;
  min: number;
}

function latencyFigures(values: readonly number[]): LatencyFigures {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (v: number) => Number(v.toFixed(2));
  return { median: round(median(values) ?? Number.NaN), p95: round(quantileSorted(sorted, 0.95) ?? Number.NaN), min: round(sorted[0] ?? Number.NaN) };
}

const describeLatency = (f: LatencyFigures) => `median ${f.median.toFixed(2)} ms, p95 ${f.p95.toFixed(2)} ms, min ${f.min.toFixed(2)} ms`;

async function trainingHashes(dir: string): Promise<Set<string> | null> {
  const trainingDir = path.join(path.dirname(path.resolve(dir)), "Training");
  if (!existsSync(trainingDir) || path.resolve(trainingDir) === path.resolve(dir)) return null;
  const hashes = new Set<string>();
  for (const item of await listFerImages(trainingDir)) hashes.add(pixelHash(await decodeJpegFile(item.absPath)));
  return hashes;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  await initNodeWasmBackend(tf);
  const members = args.model.members.map((m) => ({ ...m, flip: args.flip ?? m.flip }));
  const classifier = await EmotionEnsemble.load(
    tf,
    members.map((m) => ({ modelId: m.model, source: fileModelHandler(modelJsonPath(m.model)), flip: m.flip, weight: m.weight, scales: args.scales })),
  );
  const entries = classifier.members.map((m) => m.entry);
  const modelName = args.model.name;
  const modelVersion = classifier.version;
  const views = members.reduce((sum, m) => sum + args.scales.length * (m.flip ? 2 : 1), 0);
  let items = await listFerImages(args.dir);
  if (args.limit) items = items.filter((_, i) => i % Math.ceil(items.length / args.limit!) === 0);
  console.log(`model ${modelName} (${modelVersion}), input ${entries.map((e) => e.inputSize).join("+")}px, members ${members.map((m) => `${m.model} (flip ${m.flip ? "on" : "off"}, weight ${m.weight})`).join(", ")}, crop scales ${args.scales.join(",")}, ${items.length} images from ${args.dir}`);

  const { truth, pred, hashes, latenciesMs: latencies } = await predictFer(classifier, items);
  classifier.dispose();

  const matrix = confusionMatrix(truth, pred, EMOTIONS.length);
  const acc = accuracy(matrix);
  const f1 = macroF1(matrix);
  const recall = perClassRecall(matrix);
  console.log(`\naccuracy ${pct(acc)}  macro-F1 ${f1.toFixed(4)}  n ${truth.length}`);
  console.log("\nper-class recall:");
  EMOTIONS.forEach((e, i) => console.log(`  ${e.padEnd(9)} ${pct(recall[i]!).padStart(7)}  (n ${matrix[i]!.reduce((a, b) => a + b, 0)})`));
  console.log("\nconfusion matrix (rows = true, columns = predicted):");
  console.log(`  ${"".padEnd(9)}${EMOTIONS.map((e) => e.slice(0, 7).padStart(8)).join("")}`);
  matrix.forEach((row, i) => console.log(`  ${EMOTIONS[i]!.padEnd(9)}${row.map((v) => String(v).padStart(8)).join("")}`));
  const node = latencyFigures(latencies);
  console.log(`\nlatency per face (preprocess + inference of ${views} view(s), tfjs wasm in Node): ${describeLatency(node)} (min ~ an idle CPU when the machine is shared)`);
  let browser: (LatencyFigures & { n: number; backend: string }) | null = null;
  if (!args.browser) console.log("browser latency: skipped (--no-browser)");
  else if (!chromiumAvailable()) console.log("browser latency: skipped (Debian chromium not installed)");
  else {
    const every = Math.max(1, Math.floor(items.length / BROWSER_FACES));
    const sample = items.filter((_, i) => i % every === 0).slice(0, BROWSER_FACES);
    const faces = await Promise.all(
      sample.map(async (item) => {
        const image = await decodeJpegFile(item.absPath);
        return { width: image.width, height: image.height, channels: image.channels, pixels: Array.from(image.data) };
      }),
    );
    const measured = await measureBrowserLatency({ members, scales: args.scales, faces });
    browser = { ...latencyFigures(measured.latenciesMs), n: measured.latenciesMs.length, backend: measured.backend };
    console.log(`latency per face in headless Chromium (tfjs ${measured.backend}, ${browser.n} faces): ${describeLatency(browser)}`);
  }

  let accNoDup: number | null = null;
  let duplicates: number | null = null;
  const train = await trainingHashes(args.dir);
  if (!train) {
    console.log("\nno Training folder beside the given folder: duplicate check skipped");
  } else {
    const keep = hashes.map((h) => !train.has(h));
    duplicates = keep.filter((k) => !k).length;
    const m2 = confusionMatrix(truth.filter((_, i) => keep[i]), pred.filter((_, i) => keep[i]), EMOTIONS.length);
    accNoDup = accuracy(m2);
    const dupOk = truth.filter((t, i) => !keep[i] && pred[i] === t).length;
    console.log(`\n${duplicates} of ${truth.length} test images (${pct(duplicates / truth.length)}) are pixel-identical to a training image`);
    console.log(`accuracy with duplicates ${pct(acc)}, without ${pct(accNoDup)} (n ${truth.length - duplicates}), on the duplicates alone ${duplicates ? pct(dupOk / duplicates) : "n/a"}`);
  }
  const summary = {
    model: modelName,
    version: modelVersion,
    flip: members.map((m) => m.flip),
    weights: members.map((m) => m.weight),
    views,
    scales: args.scales,
    accuracy: Number(acc.toFixed(4)),
    macroF1: Number(f1.toFixed(4)),
    n: truth.length,
    accuracyWithoutDuplicates: accNoDup === null ? null : Number(accNoDup.toFixed(4)),
    duplicates,
    perClassRecall: Object.fromEntries(EMOTIONS.map((e, i) => [e, Number(recall[i]!.toFixed(4))])),
    latencyMsMedian: node.median,
    latencyMsP95: node.p95,
    latencyMsMin: node.min,
    browserLatencyMs: browser,
  };
  // Full runs only: the figures (with the confusion matrix) a model card may publish once promoted.
  if (!args.limit) {
    const setting = args.flip === undefined ? "" : args.flip ? "-flip" : "-noflip";
    const variant = `${modelName}${setting}${args.scales.length > 1 ? `-scales${args.scales.join("_")}` : ""}`;
    // Git-ignored bench/results/fer-<variant>-<set>.json; the model cards change only with `npm run figures:promote`.
    const out = writeEvalResult("fer", args.dir, { ...summary, classes: [...EMOTIONS], confusionMatrix: matrix }, variant);
    console.log(`wrote ${path.relative(process.cwd(), out)}`);
  }
  console.log(JSON.stringify(summary));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
