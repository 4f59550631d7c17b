import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SpeechAnalysisError } from "@/lib/speech";
import { analyzeInChild, stopAnalysisChild } from "./analysis-process";

afterAll(() => stopAnalysisChild());

const dir = mkdtempSync(path.join(os.tmpdir(), "rehearse-child-"));

describe("analyzeInChild", () => {
  it("runs the analysis in another process and brings back its permanent failure as the same error", async () => {
    const empty = path.join(dir, "empty.webm");
    writeFileSync(empty, "");
    const stages: string[] = [];
    const failure = await analyzeInChild(empty, {}, { onStage: (stage) => stages.push(stage) }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SpeechAnalysisError);
    expect((failure as SpeechAnalysisError).code).toBe("EMPTY_MEDIA");
    expect((failure as SpeechAnalysisError).userMessage).toMatch(/\w{6,}/);
    expect(stages).toEqual(["decode"]);
    // The same process answers the next request too (models stay loaded between jobs).
    const again = await analyzeInChild(empty, {}).catch((error: unknown) => error);
    expect((again as SpeechAnalysisError).code).toBe("EMPTY_MEDIA");
  });
});
