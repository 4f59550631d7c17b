import { describe, expect, it } from "vitest";
import { metricValuesFromStored } from "@/lib/benchmarks/stored-values";
import { benchVariants } from "./fixtures";

describe("benchmark fixtures", () => {
  it("are valid stored results whose metrics improve from the first variant to the last", () => {
    const variants = benchVariants(20);
    const values = variants.map((r) => metricValuesFromStored({ speechAnalysis: r.speech, visionSummary: r.vision, scores: r.scores }));
    for (const v of values) {
      // Every dashboard metric is measurable on every variant (schemas passed, evidence sufficient).
      for (const id of ["speech.wpm", "speech.fillers-per-100-words", "vision.eye-contact", "score.attentiveness", "score.composure", "score.engagement"] as const) {
        expect(v.get(id), id).toBeTypeOf("number");
      }
    }
    // As long as a real answer at that pace: the report's content analysis reads the transcript.
    for (const { speech } of variants) {
      expect(speech.transcript.split(" ")).toHaveLength(speech.pace.wordCount);
      expect(speech.words).toHaveLength(speech.pace.wordCount);
      expect(speech.words.at(-1)!.end).toBeLessThanOrEqual(60);
    }
    const first = values[0]!;
    const last = values.at(-1)!;
    expect(last.get("speech.fillers-per-100-words")!).toBeLessThan(first.get("speech.fillers-per-100-words")!);
    expect(last.get("vision.eye-contact")!).toBeGreaterThan(first.get("vision.eye-contact")!);
    expect(last.get("score.composure")!).toBeGreaterThan(first.get("score.composure")!);
  });
});
