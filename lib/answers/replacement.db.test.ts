/**
 * Replacing an analysed recording. The speech pipeline is stood in for here (it has its own tests
 * on real audio): each uploaded file's bytes decide what its analysis returns, so these tests
 * exercise only what happens to files, results and jobs around it.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/prisma";
import { env, resolveFromRoot } from "@/lib/env";
import { stopQueue } from "@/lib/jobs/queue";
import { attachAudio, pendingAnswer, waitForAnswer } from "@/lib/jobs/testing/fixtures";
import { startWorkers } from "@/lib/jobs/worker";
import { makeSpeech } from "@/lib/scoring/test-fixtures";
import { SpeechAnalysisError } from "@/lib/speech/errors";

// The stand-in below replaces the pipeline in this process: run analyses here, not in a child.
vi.hoisted(() => {
  process.env.ANALYSIS_PROCESS = "inline";
});

type Outcome = { transcript: string; delayMs?: number } | { failure: "NO_SPEECH" | "CORRUPT_MEDIA" };
const outcomes = new Map<string, Outcome>();
const digest = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

vi.mock("@/lib/speech", async (importOriginal) => {
  const original = await importOriginal<Record<string, unknown>>();
  return {
    ...original,
    analyzeAudioFile: async (file: string, _options: unknown, hooks?: { onStage?: (stage: string) => void }) => {
      const outcome = outcomes.get(digest(readFileSync(file)));
      if (!outcome) throw new Error(`no outcome registered for ${file}`);
      for (const stage of ["decode", "vad", "stt", "align", "metrics"]) hooks?.onStage?.(stage);
      if ("failure" in outcome) throw new SpeechAnalysisError(outcome.failure);
      if (outcome.delayMs) await new Promise((resolve) => setTimeout(resolve, outcome.delayMs));
      return makeSpeech({ transcript: outcome.transcript });
    },
  };
});

const dir = mkdtempSync(path.join(os.tmpdir(), "rehearse-replace-"));
let fileCount = 0;
/** A distinct "recording" whose analysis will have `outcome`. */
function recording(outcome: Outcome): string {
  const file = path.join(dir, `take-${++fileCount}.wav`);
  const bytes = Buffer.from(`RIFF-test-recording-${fileCount}-${JSON.stringify(outcome)}`);
  writeFileSync(file, bytes);
  outcomes.set(digest(bytes), outcome);
  return file;
}
const fileOf = (key: string) => path.join(resolveFromRoot(env.UPLOADS_DIR), key);

beforeAll(async () => {
  await startWorkers();
});
afterAll(async () => {
  await stopQueue();
});

async function waitForJob(jobId: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await db().analysisJob.findUniqueOrThrow({ where: { id: jobId }, select: { status: true, errorCode: true } });
    if (job.status === "SUCCEEDED" || job.status === "FAILED") return job;
    if (Date.now() > deadline) throw new Error(`job ${jobId} still ${job.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function analysedAnswer(transcript: string) {
  const answer = await pendingAnswer();
  await attachAudio(answer, recording({ transcript }));
  expect((await waitForAnswer(answer.id)).status).toBe("DONE");
  const [media] = await db().mediaObject.findMany({ where: { answerId: answer.id }, select: { key: true } });
  return { answer, originalKey: media!.key };
}

const current = (answerId: string) =>
  db().answer.findUniqueOrThrow({
    where: { id: answerId },
    select: { status: true, transcript: true, progress: true, replacementFailure: true, failureCode: true, scores: true },
  });

describe("replacing an analysed recording", () => {
  it.each(["CORRUPT_MEDIA", "NO_SPEECH"] as const)("keeps the earlier file and results when a %s replacement fails, and says so", async (failure) => {
    const { answer, originalKey } = await analysedAnswer("Our team rebuilt the billing system.");
    const before = await current(answer.id);
    expect(before.progress).toBe(1);

    const { analysisJobId, replacing } = await attachAudio(answer, recording({ failure }));
    expect(replacing).toBe(true);
    expect((await current(answer.id)).status).toBe("DONE");
    expect(await waitForJob(analysisJobId!)).toEqual({ status: "FAILED", errorCode: failure });

    const after = await current(answer.id);
    expect(after).toMatchObject({ status: "DONE", transcript: before.transcript, failureCode: null, progress: 1 });
    expect(after.scores).toEqual(before.scores);
    expect(after.replacementFailure).toMatch(/^The new recording was not used: .+ Your earlier recording and its results are unchanged\.$/);
    const media = await db().mediaObject.findMany({ where: { answerId: answer.id }, select: { key: true, pendingReplacement: true } });
    expect(media).toEqual([{ key: originalKey, pendingReplacement: false }]);
    expect(existsSync(fileOf(originalKey))).toBe(true);
  });

  it("uses a good replacement once its analysis succeeds, and deletes the earlier file", async () => {
    const { answer, originalKey } = await analysedAnswer("I listened to every complaint.");
    const { analysisJobId } = await attachAudio(answer, recording({ transcript: "We planned the migration in stages." }));
    expect((await waitForJob(analysisJobId!)).status).toBe("SUCCEEDED");
    const after = await current(answer.id);
    expect(after).toMatchObject({ status: "DONE", transcript: "We planned the migration in stages.", progress: 1, replacementFailure: null });
    const media = await db().mediaObject.findMany({ where: { answerId: answer.id }, select: { key: true, pendingReplacement: true } });
    expect(media).toHaveLength(1);
    expect(media[0]).toMatchObject({ pendingReplacement: false });
    expect(media[0]!.key).not.toBe(originalKey);
    expect(existsSync(fileOf(originalKey))).toBe(false);
  });

  it("never lets a superseded analysis write, even one already running", async () => {
    const { answer } = await analysedAnswer("The first version talks about hiring.");
    // The second take's analysis is slow: the third upload arrives while it runs.
    const superseded = await attachAudio(answer, recording({ transcript: "The second version talks about budgets.", delayMs: 1500 }));
    for (let i = 0; i < 100; i++) {
      const job = await db().analysisJob.findUniqueOrThrow({ where: { id: superseded.analysisJobId! }, select: { status: true } });
      if (job.status === "RUNNING") break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const newest = await attachAudio(answer, recording({ transcript: "The third version is about mentoring." }));
    expect(await waitForJob(superseded.analysisJobId!)).toEqual({ status: "FAILED", errorCode: "SUPERSEDED" });
    expect((await waitForJob(newest.analysisJobId!)).status).toBe("SUCCEEDED");
    expect((await current(answer.id)).transcript).toBe("The third version is about mentoring.");
    expect(await db().mediaObject.count({ where: { answerId: answer.id } })).toBe(1);
  });
});
