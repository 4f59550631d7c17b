/**
 * CI's accuracy check of the shipped default on real data: the app's own decoder, preprocessing and
 * EmotionEnsemble (tfjs wasm) over all of FER2013 PublicTest must reproduce the accuracy the registry records,
 * which is the figure reports and model cards quote. Needs the shared FER2013 data; about a minute on 2 cores.
 */
import path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { DEFAULT_EMOTION_MODEL, EMOTION_MODELS, emotionAccuracy, emotionMembers } from "../model-registry";
import { fileModelHandler, initNodeWasmBackend } from "../node-model-loader";
import { emotionModelFile } from "../node/human-models";
import { EmotionEnsemble } from "./classifier";
import { EMOTIONS } from "./emotions";
import { ferRoot, listFerImages, predictFer } from "./fer-dataset";
import { accuracy, confusionMatrix } from "./metrics";

const repoRoot = path.resolve(import.meta.dirname, "../../..");
const root = ferRoot(repoRoot);
if (!root) console.warn(`FER accuracy test skipped: FER2013 not found (set REHEARSE_SHARED_DIR or put it at ${path.resolve(repoRoot, "../shared")})`);

describe.skipIf(!root)(`${DEFAULT_EMOTION_MODEL} on FER2013 PublicTest`, () => {
  it("reproduces the accuracy recorded in the registry", { timeout: 600_000 }, async () => {
    const recorded = emotionAccuracy(DEFAULT_EMOTION_MODEL);
    expect(recorded, "the default model has no measured accuracy in the registry").not.toBeNull();
    await initNodeWasmBackend(tf);
    const classifier = await EmotionEnsemble.load(
      tf,
      emotionMembers(DEFAULT_EMOTION_MODEL).map((m) => ({
        modelId: m.model,
        flip: m.flip,
        weight: m.weight,
        source: fileModelHandler(emotionModelFile(m.model, repoRoot)),
      })),
    );
    const items = await listFerImages(path.join(root!, "PublicTest"));
    const { truth, pred } = await predictFer(classifier, items);
    classifier.dispose();
    const measured = accuracy(confusionMatrix(truth, pred, EMOTIONS.length));
    expect(items.length).toBe(recorded!.n);
    // wasm float sums may differ in the last bits between machines: allow a few borderline faces to flip
    expect(Math.abs(measured - recorded!.accuracy)).toBeLessThan(0.002);
    expect(measured).toBeGreaterThan(EMOTION_MODELS["human-emotion"].accuracy.accuracy);
  });
});
