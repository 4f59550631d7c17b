// Regression check of the shipped model through the production path (decode -> VAD -> windows -> features ->
// ONNX) on a fixed subset of ../shared/data/ravdess (every 13th row of labels.tsv: all classes and actors). These clips were in the
// final model's training data, so the figure is not a generalisation estimate (that is the cross-validation
// in the model metadata); it catches drift between the feature code and the model. Fails when accuracy drops
// more than 2 points below the figure recorded in training/ser/subset-accuracy.json.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { VOCAL_CLASSES } from "./classes";
import { classifyClip } from "./classify-clip";
import { parseLabelsTsv } from "./labels";
import { argmax, classificationFigures } from "./metrics";

const root = path.resolve(import.meta.dirname, "../../..");
const data = path.resolve(root, "../shared/data/ravdess");
const recorded = z
  .object({ every: z.number().int(), n: z.number().int(), accuracy: z.number(), version: z.string() })
  .parse(JSON.parse(readFileSync(path.join(root, "training/ser/subset-accuracy.json"), "utf8")));
const present = existsSync(path.join(data, "labels.tsv"));
if (!present) console.warn(`vocal-expression accuracy test skipped: ${data} is absent (RAVDESS actors 01-20)`);

describe.skipIf(!present)("rehearse-voice on a fixed RAVDESS subset", () => {
  it(`keeps its recorded accuracy (${(recorded.accuracy * 100).toFixed(1)}% on every ${recorded.every}th clip) within 2 points`, async () => {
    const rows = parseLabelsTsv(readFileSync(path.join(data, "labels.tsv"), "utf8")).filter((_, i) => i % recorded.every === 0);
    const truth: number[] = [];
    const pred: number[] = [];
    for (const r of rows) {
      const c = await classifyClip(path.join(data, r.file), path.join(root, "node_modules"));
      truth.push(VOCAL_CLASSES.indexOf(r.emotion));
      pred.push(argmax(c.probabilities));
    }
    const f = classificationFigures(truth, pred, VOCAL_CLASSES);
    expect(f.n).toBe(recorded.n);
    expect(f.accuracy).toBeGreaterThanOrEqual(recorded.accuracy - 0.02);
  }, 600_000);
});
