/**
 * The adapter loads what EMOTION_MODEL names (one network or an ensemble) with the real model files, records
 * it under that id with the members' versions, and falls back to Human's model when a file is missing.
 */
import path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { combinedVersion, EMOTION_MODELS, type EmotionModelId } from "../model-registry";
import { fileModelHandler, initNodeWasmBackend } from "../node-model-loader";
import { emotionModelFile } from "../node/human-models";
import { loadEmotionAdapter } from "./emotion-adapter";

const repoRoot = path.resolve(import.meta.dirname, "../../..");
const fromDisk = (missing: EmotionModelId[] = []) => (id: EmotionModelId) =>
  fileModelHandler(missing.includes(id) ? path.join(repoRoot, "public/models/absent/model.json") : emotionModelFile(id, repoRoot));

/** A 48x48 grey face-sized image: contents do not matter, only that every member can classify it. */
const image = { data: new Uint8Array(48 * 48).map((_, i) => (i * 7) % 256), width: 48, height: 48, channels: 1 as const };
const region = { box: { x: 0, y: 0, width: 48, height: 48 } };

describe("loadEmotionAdapter", () => {
  beforeAll(() => initNodeWasmBackend(tf));

  it("runs the ensemble and records it by its id with its members' versions", async () => {
    const { adapter, warning } = await loadEmotionAdapter(tf, "rehearse-ensemble", fromDisk());
    expect(warning).toBeNull();
    expect(adapter.model).toEqual({ id: "rehearse-ensemble", version: combinedVersion([EMOTION_MODELS["rehearse-fernet"], EMOTION_MODELS["rehearse-fer"]]) });
    const probs = await adapter.classify(image, region);
    expect(Object.values(probs).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    adapter.dispose();
  });

  it("falls back to Human's model, and says so, when a member's file is missing", async () => {
    const { adapter, warning } = await loadEmotionAdapter(tf, "rehearse-ensemble", fromDisk(["rehearse-fernet"]));
    expect(adapter.model).toEqual({ id: "human-emotion", version: EMOTION_MODELS["human-emotion"].version });
    expect(warning).toMatch(/rehearse-ensemble unavailable .*using human-emotion/);
    adapter.dispose();
  });

  it("fails loudly when even the fallback cannot load", async () => {
    await expect(loadEmotionAdapter(tf, "human-emotion", fromDisk(["human-emotion"]))).rejects.toThrow();
  });
});
