import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_EMOTION_MODEL } from "@/lib/vision/model-registry";
import { PUBLISHED_DIR, PUBLISHED_EVALUATIONS, type PublishedEvaluation } from "./figures-schema";
import { ferMeasurement, sttMeasurement } from "./measurements";

const dir = path.resolve(import.meta.dirname, "../..", PUBLISHED_DIR);

describe("published model-card figures", () => {
  it("every file is named <evaluation>-<model>.json and passes its evaluation's schema", () => {
    const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const evaluation = file.split("-")[0] as PublishedEvaluation;
      expect(Object.keys(PUBLISHED_EVALUATIONS), file).toContain(evaluation);
      const parsed = PUBLISHED_EVALUATIONS[evaluation].safeParse(JSON.parse(readFileSync(path.join(dir, file), "utf8")));
      expect(parsed.success, `${file}: ${parsed.error?.issues[0]?.message ?? ""}`).toBe(true);
    }
  });

  it("the cards find the speech-to-text models' and the default expression model's figures", async () => {
    expect((await sttMeasurement("base"))?.wer).toBeGreaterThan(0);
    expect((await sttMeasurement("tiny"))?.wer).toBeGreaterThan(0);
    expect((await ferMeasurement(DEFAULT_EMOTION_MODEL))?.accuracy).toBeGreaterThan(0.5);
    expect(await ferMeasurement("no-such-model")).toBeNull();
  });
});
