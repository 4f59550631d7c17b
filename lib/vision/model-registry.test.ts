import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EMOTIONS } from "./emotion/emotions";
import { DEFAULT_EMOTION_MODEL, EMOTION_MODELS, getEmotionModel, getModel, isEmotionModelId, MODEL_REGISTRY } from "./model-registry";
import { publicFilePath } from "./node-model-loader";

const repoRoot = path.resolve(import.meta.dirname, "../..");

describe("model registry", () => {
  it("has unique ids and emotion entries that name every emotion once", () => {
    expect(new Set(MODEL_REGISTRY.map((m) => m.id)).size).toBe(MODEL_REGISTRY.length);
    for (const entry of Object.values(EMOTION_MODELS)) {
      expect([...entry.classOrder].sort()).toEqual([...EMOTIONS].sort());
      expect(entry.files.map((f) => f.path)).toContain(entry.path);
    }
    expect(getEmotionModel().id).toBe(DEFAULT_EMOTION_MODEL);
    expect(getModel("human-emotion")?.kind).toBe("tfjs-graph");
    expect(isEmotionModelId("nope")).toBe(false);
  });

  it("our committed model files match their checksums and sizes", () => {
    for (const file of EMOTION_MODELS["rehearse-fer"].files) {
      const bytes = readFileSync(publicFilePath(file.path, repoRoot));
      expect(bytes.byteLength).toBe(file.sizeBytes);
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(file.sha256);
    }
  });

  it("Human's emotion files match (public/models/human once copied, else the npm package)", () => {
    for (const file of EMOTION_MODELS["human-emotion"].files) {
      const copied = publicFilePath(file.path, repoRoot);
      const packaged = path.join(repoRoot, "node_modules/@vladmandic/human/models", path.basename(file.path));
      const source = existsSync(copied) ? copied : packaged;
      const bytes = readFileSync(source);
      expect(bytes.byteLength).toBe(file.sizeBytes);
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(file.sha256);
    }
  });
});
