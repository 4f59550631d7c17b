import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { silenceWav, speechWav, truncatedWebm } from "@/lib/testing/audio";
import { stopQueue } from "./queue";
import { attachAudio, pendingAnswer, waitForAnswer } from "./testing/fixtures";
import { startWorkers } from "./worker";

const dir = mkdtempSync(path.join(os.tmpdir(), "rehearse-job-audio-"));

beforeAll(async () => {
  await startWorkers();
});
afterAll(async () => {
  await stopQueue();
});

async function jobsOf(answerId: string) {
  return db().analysisJob.findMany({ where: { answerId }, select: { status: true, attempts: true, errorCode: true } });
}

// Real analyses run in the analysis process at a lower priority: on a busy two-core machine one
// can take longer than the default minute.
const ANALYSIS_TIMEOUT_MS = 180_000;

describe("speech-analysis jobs", () => {
  it("analyses an uploaded answer and stores transcript, metrics and scores", async () => {
    const answer = await pendingAnswer();
    await attachAudio(answer, speechWav(dir, "I led a small team that rebuilt our onboarding in three months, and we cut support tickets in half."));
    const result = await waitForAnswer(answer.id);
    expect(result.status).toBe("DONE");
    const analysis = result.speechAnalysis as { transcript: string; pace: { wordCount: number } };
    expect(analysis.transcript.toLowerCase()).toContain("onboarding");
    expect(analysis.pace.wordCount).toBeGreaterThan(12);
    expect(result.scores).toMatchObject({ version: expect.stringContaining("scoring@") });
    expect(await jobsOf(answer.id)).toEqual([{ status: "SUCCEEDED", attempts: 1, errorCode: null }]);
  }, ANALYSIS_TIMEOUT_MS);

  const failures: Array<[string, () => string, string]> = [
    ["an empty file", () => (writeFileSync(path.join(dir, "empty.webm"), ""), path.join(dir, "empty.webm")), "EMPTY_MEDIA"],
    ["a text file named .webm", () => (writeFileSync(path.join(dir, "notes.webm"), "these are my notes, not a recording\n".repeat(20)), path.join(dir, "notes.webm")), "UNSUPPORTED_MEDIA"],
    ["a truncated webm", () => truncatedWebm(dir, speechWav(dir, "This recording will be cut off before it ends.", "cut.wav")), "CORRUPT_MEDIA"],
    ["ten seconds of silence", () => silenceWav(dir, 10), "NO_SPEECH"],
  ];

  it.each(failures)("records %s as a permanent failure with its own reason, without retrying", async (_name, makeFile, code) => {
    const answer = await pendingAnswer();
    await attachAudio(answer, makeFile());
    const result = await waitForAnswer(answer.id);
    expect(result.status).toBe("FAILED");
    expect(result.failureCode).toBe(code);
    expect(result.failureReason).toMatch(/\w{6,}/);
    // Give the queue time to (wrongly) retry, then check it did not.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(await jobsOf(answer.id)).toEqual([{ status: "FAILED", attempts: 1, errorCode: code }]);
  }, ANALYSIS_TIMEOUT_MS);

  it("replaces an earlier recording and its analysis when the candidate uploads again", async () => {
    const answer = await pendingAnswer();
    await attachAudio(answer, silenceWav(dir, 3));
    expect((await waitForAnswer(answer.id)).status).toBe("FAILED");
    await attachAudio(answer, speechWav(dir, "Second take: this time I speak clearly about the project and its results.", "retake.wav"));
    const result = await waitForAnswer(answer.id);
    expect(result.status).toBe("DONE");
    expect(result.failureCode).toBeNull();
    expect(await db().mediaObject.count({ where: { answerId: answer.id } })).toBe(1);
  }, ANALYSIS_TIMEOUT_MS);
});
