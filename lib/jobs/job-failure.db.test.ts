/**
 * A job whose worker dies on every attempt: the handler never reaches its own catch, so only the
 * queue knows. Here a "worker" takes the job exactly as pg-boss hands it out and marks the row
 * RUNNING as the handler does, then dies; the queue fails the attempt as its monitor does for a
 * missed heartbeat, until no retries are left. Runs on PGlite and, in CI, on PostgreSQL.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { silenceWav } from "@/lib/testing/audio";
import { JOB_DEFINITIONS } from "./definitions";
import { queue, stopQueue } from "./queue";
import { reconcileJobs } from "./reconcile";
import { attachAudio, pendingAnswer } from "./testing/fixtures";

afterAll(async () => {
  await stopQueue();
});

const definition = JOB_DEFINITIONS["speech-analysis"];

describe("a job whose handler dies on every attempt", () => {
  it("ends FAILED with a reason the candidate sees once the queue gives up", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "rehearse-dies-"));
    const answer = await pendingAnswer();
    const { analysisJobId } = await attachAudio(answer, silenceWav(dir, 2));
    const boss = await queue();
    const row = await db().analysisJob.findUniqueOrThrow({ where: { id: analysisJobId! }, select: { queueJobId: true } });

    for (let attempt = 1; attempt <= definition.queue.retryLimit + 1; attempt++) {
      let taken: { id: string }[] = [];
      const deadline = Date.now() + 30_000;
      while (taken.length === 0) {
        if (Date.now() > deadline) throw new Error(`attempt ${attempt} was never handed out`);
        taken = await boss.fetch(definition.name);
        if (taken.length === 0) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(taken[0]!.id).toBe(row.queueJobId);
      await db().analysisJob.update({ where: { id: analysisJobId! }, data: { status: "RUNNING", attempts: attempt } });
      await db().answer.update({ where: { id: answer.id }, data: { status: "PROCESSING" } });
      // The worker dies here; the queue fails the attempt.
      await boss.fail(definition.name, row.queueJobId!, { message: "worker died" });
      // Nothing to reconcile while retries remain.
      if (attempt <= definition.queue.retryLimit) expect(await reconcileJobs(boss)).toBe(0);
    }
    expect((await boss.getJobById(definition.name, row.queueJobId!))?.state).toBe("failed");
    expect(await db().analysisJob.findUniqueOrThrow({ where: { id: analysisJobId! }, select: { status: true } })).toEqual({ status: "RUNNING" });

    expect(await reconcileJobs(boss)).toBe(1);
    const job = await db().analysisJob.findUniqueOrThrow({ where: { id: analysisJobId! }, select: { status: true, errorCode: true, finishedAt: true } });
    expect(job).toMatchObject({ status: "FAILED", errorCode: "ANALYSIS_STOPPED" });
    expect(job.finishedAt).toBeInstanceOf(Date);
    const stored = await db().answer.findUniqueOrThrow({ where: { id: answer.id }, select: { status: true, failureCode: true, failureReason: true } });
    expect(stored).toEqual({
      status: "FAILED",
      failureCode: "ANALYSIS_STOPPED",
      failureReason: "The analysis stopped 5 times without finishing. Try again; if it keeps failing, upload the recording again.",
    });
    // A second sweep finds nothing left to do.
    expect(await reconcileJobs(boss)).toBe(0);
  }, 120_000);
});
