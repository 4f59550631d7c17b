/**
 * Parity between the trained torch model and its tfjs export: the exporter (training/fer/export_tfjs.py)
 * stores torch fp32 probabilities for a few FER2013 PublicTest images in training/fer/parity-<id>.json;
 * here the exported model runs through the app's own code (decode, preprocessing, EmotionClassifier,
 * tfjs wasm) and must agree within the fixture's tolerance. One fixture per network we trained.
 * Needs the shared FER2013 data.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { getEmotionModel, OUR_EMOTION_MODEL_IDS } from "../model-registry";
import { fileModelHandler, initNodeWasmBackend } from "../node-model-loader";
import { emotionModelFile } from "../node/human-models";
import { EmotionClassifier } from "./classifier";
import { EMOTIONS } from "./emotions";
import { decodeJpegFile, ferRoot } from "./fer-dataset";
import { scoresToArray } from "./postprocess";

const repoRoot = path.resolve(import.meta.dirname, "../../..");
const fixtureSchema = z.object({
  modelVersion: z.string(),
  classOrder: z.array(z.string()),
  tolerance: z.number().positive().max(0.01),
  items: z.array(z.object({ path: z.string(), label: z.string(), probs: z.array(z.number()).length(7) })).min(1),
});
const root = ferRoot(repoRoot);
if (!root) console.warn(`parity test skipped: FER2013 not found (set REHEARSE_SHARED_DIR or put it at ${path.resolve(repoRoot, "../shared")})`);

// one fixture per network we trained: training/fer/parity-<id>.json, written by the exporter
describe.skipIf(!root).each(OUR_EMOTION_MODEL_IDS)("%s tfjs export matches torch", (modelId) => {
  it("gives the torch probabilities on the fixture images", async () => {
    const fixture = fixtureSchema.parse(JSON.parse(readFileSync(path.join(repoRoot, `training/fer/parity-${modelId}.json`), "utf8")));
    const entry = getEmotionModel(modelId);
    expect(fixture.classOrder).toEqual([...EMOTIONS]);
    expect(fixture.modelVersion).toBe(entry.version);
    const modelPath = emotionModelFile(modelId, repoRoot);
    expect(existsSync(modelPath)).toBe(true);
    await initNodeWasmBackend(tf);
    const classifier = await EmotionClassifier.load(tf, { modelId, source: fileModelHandler(modelPath), flip: false });
    let maxDiff = 0;
    for (const item of fixture.items) {
      const image = await decodeJpegFile(path.join(root!, item.path));
      const [result] = await classifier.classify([{ image, region: { box: { x: 0, y: 0, width: image.width, height: image.height } } }]);
      const probs = scoresToArray(result!.scores);
      probs.forEach((p, i) => (maxDiff = Math.max(maxDiff, Math.abs(p - item.probs[i]!))));
    }
    classifier.dispose();
    expect(maxDiff).toBeLessThan(fixture.tolerance);
  });
});
