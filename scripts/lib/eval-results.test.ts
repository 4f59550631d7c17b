import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PUBLISHED_DIR } from "../../lib/model-cards/figures-schema";
import { dataSetName, EVALUATIONS, evalResultPath, RESULTS_DIR, writeEvalResult } from "./eval-results";

const ROOT = path.resolve(import.meta.dirname, "../..");
const git = (...args: string[]) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8" });
const isGitCheckout = existsSync(path.join(ROOT, ".git"));

/** Ignored and untracked (a tracked file is never reported as ignored): exit 0; otherwise exit 1 and execFileSync throws. */
function ignored(file: string): boolean {
  try {
    git("check-ignore", "-q", path.relative(ROOT, file));
    return true;
  } catch {
    return false;
  }
}

describe("dataSetName", () => {
  it("names a set by its folder and file", () => {
    expect(dataSetName("../shared/data/speech/transcripts.tsv")).toBe("speech");
    expect(dataSetName("../shared/data/video/gaze-labels.tsv")).toBe("video-gaze-labels");
    expect(dataSetName("/data/fer2013/PublicTest")).toBe("fer2013-publictest");
  });
});

describe.skipIf(!isGitCheckout)("evaluation results never land on a tracked path", () => {
  const samples = [
    ["../shared/data/speech/transcripts.tsv", "base"],
    ["/tmp/other corpus/My Set.TSV", "tiny"],
    ["../shared/data/fer2013/PublicTest", "rehearse-fernet+rehearse-fer"],
    ["labels.tsv", undefined],
  ] as const;

  it("every evaluation's file is git-ignored, for any data set and variant", () => {
    for (const evaluation of EVALUATIONS) {
      for (const [data, variant] of samples) {
        const file = evalResultPath(evaluation, data, variant);
        expect(path.dirname(file)).toBe(RESULTS_DIR);
        expect(ignored(file), `${path.relative(ROOT, file)} must be git-ignored`).toBe(true);
      }
    }
  });

  it("no evaluation result is tracked, and the published figures are", () => {
    const tracked = git("ls-files", "bench/results").split("\n").filter(Boolean);
    for (const evaluation of EVALUATIONS) expect(tracked.filter((f) => path.basename(f).startsWith(`${evaluation}-`))).toEqual([]);
    expect(ignored(path.join(ROOT, PUBLISHED_DIR, "stt-base.json"))).toBe(false);
  });

  it("writeEvalResult writes where evalResultPath says, with what promotion needs", () => {
    const data = "/tmp/rehearse-eval-results-test/transcripts.tsv";
    const file = writeEvalResult("stt", data, { wer: 0.05 }, "unit-test");
    try {
      expect(file).toBe(evalResultPath("stt", data, "unit-test"));
      expect(ignored(file)).toBe(true);
      const written = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
      expect(written).toMatchObject({ wer: 0.05, evaluation: "stt", variant: "unit-test", dataSet: data });
      expect(typeof written.measuredAt).toBe("string");
    } finally {
      rmSync(file, { force: true });
    }
  });
});
