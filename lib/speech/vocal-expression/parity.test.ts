// The exported ONNX model against the training framework: training/ser/parity.json holds a few clips' feature
// vectors and the training framework's probabilities for them (the numpy LDA in training/ser/lda.py, or torch for
// the pooled candidates; written by training/ser/export.py).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { VOCAL_EXPRESSION_MODEL } from "../models";
import { classifyFeatures, loadVocalModelMeta } from "./classifier";

const root = path.resolve(import.meta.dirname, "../../..");
const fixture = z
  .object({ version: z.string(), files: z.array(z.string()), features: z.array(z.array(z.number())), probabilities: z.array(z.array(z.number())) })
  .parse(JSON.parse(readFileSync(path.join(root, "training/ser/parity.json"), "utf8")));

describe("rehearse-voice ONNX export", () => {
  it("is the file the registry names, with matching metadata", () => {
    const sha = createHash("sha256").update(readFileSync(path.join(root, VOCAL_EXPRESSION_MODEL.file))).digest("hex");
    expect(sha).toBe(VOCAL_EXPRESSION_MODEL.sha256);
    const meta = loadVocalModelMeta(root);
    expect(meta.version).toBe(VOCAL_EXPRESSION_MODEL.version);
    expect(fixture.version).toBe(meta.version);
  });

  it("matches the training framework within 1e-3 on the fixture clips", async () => {
    const probs = await classifyFeatures(fixture.features.map((f) => Float32Array.from(f)), root);
    let maxDiff = 0;
    probs.forEach((p, i) => p.forEach((v, k) => (maxDiff = Math.max(maxDiff, Math.abs(v - fixture.probabilities[i]![k]!)))));
    expect(fixture.features.length).toBeGreaterThanOrEqual(5);
    expect(maxDiff).toBeLessThan(1e-3);
  });
});
