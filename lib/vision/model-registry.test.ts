import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EMOTIONS } from "./emotion/emotions";
import {
  DEFAULT_EMOTION_MODEL,
  EMOTION_CHOICE_IDS,
  EMOTION_ENSEMBLES,
  EMOTION_MODELS,
  emotionAccuracy,
  emotionMembers,
  combinedVersion,
  getModel,
  recordedEmotionAccuracy,
  isEmotionChoiceId,
  isEmotionModelId,
  MODEL_REGISTRY,
  OUR_EMOTION_MODEL_IDS,
} from "./model-registry";
import { publicFilePath } from "./node-model-loader";

const repoRoot = path.resolve(import.meta.dirname, "../..");

function expectFileMatches(file: string, entry: { sizeBytes: number; sha256: string }) {
  const bytes = readFileSync(file);
  expect(bytes.byteLength, file).toBe(entry.sizeBytes);
  expect(createHash("sha256").update(bytes).digest("hex"), file).toBe(entry.sha256);
}

describe("model registry", () => {
  it("has unique ids and emotion entries that name every emotion once", () => {
    expect(new Set(MODEL_REGISTRY.map((m) => m.id)).size).toBe(MODEL_REGISTRY.length);
    expect(new Set(EMOTION_CHOICE_IDS).size).toBe(EMOTION_CHOICE_IDS.length);
    for (const entry of Object.values(EMOTION_MODELS)) {
      expect([...entry.classOrder].sort()).toEqual([...EMOTIONS].sort());
      expect(entry.files.map((f) => f.path)).toContain(entry.path);
    }
    expect(getModel("human-emotion")?.kind).toBe("tfjs-graph");
    expect(isEmotionModelId("nope")).toBe(false);
    expect(isEmotionChoiceId("rehearse-ensemble")).toBe(true);
    expect(isEmotionModelId("rehearse-ensemble")).toBe(false);
  });

  it("resolves a single model to one member with its own mirror setting, an ensemble to its members", () => {
    expect(emotionMembers("human-emotion")).toEqual([{ model: "human-emotion", flip: EMOTION_MODELS["human-emotion"].flipByDefault, weight: 1 }]);
    for (const ensemble of Object.values(EMOTION_ENSEMBLES)) {
      expect(ensemble.members.length).toBeGreaterThan(1);
      expect(ensemble.members.every((m) => m.weight > 0)).toBe(true);
      for (const member of emotionMembers(ensemble.id)) expect(isEmotionModelId(member.model)).toBe(true);
    }
  });

  it("the default is measured: its accuracy is recorded for reports and model cards", () => {
    expect(isEmotionChoiceId(DEFAULT_EMOTION_MODEL)).toBe(true);
    const accuracy = emotionAccuracy(DEFAULT_EMOTION_MODEL);
    expect(accuracy?.n).toBe(3589);
    expect(accuracy?.accuracy).toBeGreaterThan(EMOTION_MODELS["human-emotion"].accuracy.accuracy);
  });

  it("the default meets the expression model's targets: 71% on PublicTest within 20 ms per face in Chromium", () => {
    const accuracy = emotionAccuracy(DEFAULT_EMOTION_MODEL);
    expect(accuracy?.accuracy).toBeGreaterThanOrEqual(0.71);
    expect(accuracy?.latencyMsChromium).toBeLessThanOrEqual(20);
  });

  it("reports the accuracy of the recorded expression model only for the version that was measured", () => {
    const human = EMOTION_MODELS["human-emotion"];
    const face = { id: "blazeface", version: "x" };
    expect(recordedEmotionAccuracy([face, { id: human.id, version: human.version }])).toEqual(human.accuracy);
    expect(recordedEmotionAccuracy([face, { id: human.id, version: "an older version" }])).toBeNull();
    expect(recordedEmotionAccuracy([face])).toBeNull();
    const ensemble = EMOTION_ENSEMBLES["rehearse-ensemble"];
    const version = combinedVersion(ensemble.members.map((m) => EMOTION_MODELS[m.model]));
    expect(version.split("+")).toEqual(ensemble.members.map((m) => EMOTION_MODELS[m.model].version));
    expect(recordedEmotionAccuracy([{ id: ensemble.id, version }])).toEqual(emotionAccuracy(ensemble.id));
  });

  it("our committed model files match their checksums and sizes", () => {
    for (const id of OUR_EMOTION_MODEL_IDS) {
      for (const file of EMOTION_MODELS[id].files) expectFileMatches(publicFilePath(file.path, repoRoot), file);
    }
  });

  it("our models fit the 10 MB download budget", () => {
    for (const id of emotionMembers(DEFAULT_EMOTION_MODEL).map((m) => m.model)) {
      const total = EMOTION_MODELS[id].files.reduce((sum, f) => sum + f.sizeBytes, 0);
      expect(total).toBeLessThan(10 * 1024 * 1024);
    }
  });

  it("Human's emotion files match (public/models/human once copied, else the npm package)", () => {
    for (const file of EMOTION_MODELS["human-emotion"].files) {
      const copied = publicFilePath(file.path, repoRoot);
      const packaged = path.join(repoRoot, "node_modules/@vladmandic/human/models", path.basename(file.path));
      expectFileMatches(existsSync(copied) ? copied : packaged, file);
    }
  });
});
