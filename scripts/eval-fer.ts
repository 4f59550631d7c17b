/**
 * Evaluate an emotion model through the app's own emotion code (same preprocessing module, same
 * EmotionClassifier, tfjs wasm backend in Node) on a FER2013-style folder <dir>/<class>/*.jpg.
 *
 *   npx tsx scripts/eval-fer.ts <dir> [--model rehearse-fer|human-emotion|rehearse-fer+human-emotion] [--no-flip] [--scales 1,1.1] [--limit N]
 *
 * Prints accuracy, macro-F1, per-class recall, the confusion matrix, per-face latency, and accuracy with and
 * without test images pixel-identical to a training image (when a Training folder sits beside <dir>).
 * The LAST stdout line is one JSON object: {"accuracy","macroF1","n",...}.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { z } from "zod";
import { EmotionEnsemble } from "@/lib/vision/emotion/classifier";
import { EMOTIONS } from "@/lib/vision/emotion/emotions";
import { decodeJpegFile, listFerImages, pixelHash } from "@/lib/vision/emotion/fer-dataset";
import { accuracy, argmax, confusionMatrix, macroF1, median, perClassRecall } from "@/lib/vision/emotion/metrics";
import { scoresToArray } from "@/lib/vision/emotion/postprocess";
import { EMOTION_MODEL_IDS, getEmotionModel, isEmotionModelId, type EmotionModelId } from "@/lib/vision/model-registry";
import { fileModelHandler, initNodeWasmBackend, publicFilePath } from "@/lib/vision/node-model-loader";

const argsSchema = z.object({
  dir: z.string().min(1),
  /** One registry id, or several joined by "+" for an averaged ensemble (e.g. rehearse-fer+human-emotion). */
  model: z
    .string()
    .default("rehearse-fer")
    .transform((v, ctx) => {
      const ids = v.split("+");
      for (const id of ids) if (!isEmotionModelId(id)) ctx.addIssue({ code: "custom", message: `unknown model "${id}" (known: ${EMOTION_MODEL_IDS.join(", ")})` });
      return ids as EmotionModelId[];
    }),
  flip: z.boolean(),
  scales: z
    .string()
    .default("1")
    .transform((v) => v.split(",").map(Number))
    .pipe(z.array(z.number().positive().max(2)).min(1)),
  limit: z.coerce.number().int().positive().optional(),
});

function parseArgs(argv: string[]): z.infer<typeof argsSchema> {
  const positional: string[] = [];
  const opts: Record<string, unknown> = { flip: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--no-flip") opts.flip = false;
    else if (a === "--model") opts.model = argv[++i];
    else if (a === "--limit") opts.limit = argv[++i];
    else if (a === "--scales") opts.scales = argv[++i];
    else if (a.startsWith("--")) throw new Error(`unknown option ${a}`);
    else positional.push(a);
  }
  const parsed = argsSchema.safeParse({ ...opts, dir: positional[0] });
  if (!parsed.success) {
    throw new Error(`usage: eval-fer.ts <dir> [--model ${EMOTION_MODEL_IDS.join("|")}[+...]] [--no-flip] [--scales 1,1.1] [--limit N]\n${parsed.error.issues[0]?.message}`);
  }
  return parsed.data;
}

/** The registry path under public/; Human's files fall back to node_modules until the install script copies them. */
function modelJsonPath(id: EmotionModelId): string {
  const entry = getEmotionModel(id);
  const inPublic = publicFilePath(entry.path);
  if (existsSync(inPublic)) return inPublic;
  const fromPackage = path.resolve("node_modules/@vladmandic/human/models", path.basename(entry.path));
  if (id === "human-emotion" && existsSync(fromPackage)) {
    console.log(`note: ${inPublic} absent, using ${fromPackage}`);
    return fromPackage;
  }
  throw new Error(`model file not found: ${inPublic}`);
}

const pct = (v: number) => `${(100 * v).toFixed(2)}%`;

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
  const entries = args.model.map((id) => getEmotionModel(id));
  const classifier = await EmotionEnsemble.load(
    tf,
    args.model.map((id) => ({ modelId: id, source: fileModelHandler(modelJsonPath(id)), flip: args.flip, scales: args.scales })),
  );
  const modelName = entries.map((e) => e.id).join("+");
  const modelVersion = entries.map((e) => e.version).join("+");
  let items = await listFerImages(args.dir);
  if (args.limit) items = items.filter((_, i) => i % Math.ceil(items.length / args.limit!) === 0);
  console.log(`model ${modelName} (${modelVersion}), input ${entries.map((e) => e.inputSize).join("+")}px, flip averaging ${args.flip ? "on" : "off"}, crop scales ${args.scales.join(",")}, ${items.length} images from ${args.dir}`);

  const truth: number[] = [];
  const pred: number[] = [];
  const hashes: string[] = [];
  const latencies: number[] = [];
  for (const item of items) {
    const image = await decodeJpegFile(item.absPath);
    hashes.push(pixelHash(image));
    // FER2013 images are already face crops: the face box is the whole image, no eye landmarks.
    const region = { box: { x: 0, y: 0, width: image.width, height: image.height } };
    const t0 = performance.now();
    const [result] = await classifier.classify([{ image, region }]);
    latencies.push(performance.now() - t0);
    if (!result) throw new Error("no result");
    truth.push(item.labelIndex);
    pred.push(argmax(scoresToArray(result.scores)));
  }
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
  const sorted = [...latencies].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))]!;
  const latencyMedian = median(latencies);
  console.log(`\nlatency per face (preprocess + inference of ${args.scales.length * (args.flip ? 2 : 1)} view(s), tfjs wasm in Node): median ${latencyMedian.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, min ${sorted[0]!.toFixed(2)} ms (min ~ an idle CPU when the machine is shared)`);

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
    flip: args.flip,
    scales: args.scales,
    accuracy: Number(acc.toFixed(4)),
    macroF1: Number(f1.toFixed(4)),
    n: truth.length,
    accuracyWithoutDuplicates: accNoDup === null ? null : Number(accNoDup.toFixed(4)),
    duplicates,
    perClassRecall: Object.fromEntries(EMOTIONS.map((e, i) => [e, Number(recall[i]!.toFixed(4))])),
    latencyMsMedian: Number(latencyMedian.toFixed(2)),
    latencyMsP95: Number(p95.toFixed(2)),
    latencyMsMin: Number(sorted[0]!.toFixed(2)),
  };
  // Kept (with the confusion matrix) for the model card page; only full default-setting runs.
  if (!args.limit) {
    const out = path.resolve("bench/results", `fer-${modelName}${args.flip ? "" : "-noflip"}.json`);
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify({ ...summary, classes: [...EMOTIONS], confusionMatrix: matrix, measuredAt: new Date().toISOString() }, null, 2)}\n`);
  }
  console.log(JSON.stringify(summary));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
