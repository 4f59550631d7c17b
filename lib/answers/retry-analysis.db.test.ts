import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { stopQueue } from "@/lib/jobs/queue";
import { attachAudio, pendingAnswer } from "@/lib/jobs/testing/fixtures";
import { silenceWav } from "@/lib/testing/audio";
import { createUser } from "@/lib/testing/factories";
import { retryAnalysis } from "./retry-analysis";

afterAll(async () => {
  await stopQueue();
});

describe("trying a failed analysis again", () => {
  it("queues a new analysis of the stored recording for its owner only, and only after a failure", async () => {
    const answer = await pendingAnswer();
    const { analysisJobId: first } = await attachAudio(answer, silenceWav(mkdtempSync(path.join(os.tmpdir(), "rehearse-retry-")), 2));
    const owner = await db().user.findUniqueOrThrow({ where: { id: answer.candidateId }, select: { id: true, role: true, name: true, email: true } });
    await expect(retryAnalysis(owner, answer.id)).rejects.toMatchObject({ code: "CONFLICT" });

    await db().answer.update({ where: { id: answer.id }, data: { status: "FAILED", failureCode: "ANALYSIS_STOPPED", failureReason: "stopped" } });
    await expect(retryAnalysis(await createUser("CANDIDATE"), answer.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { analysisJobId } = await retryAnalysis(owner, answer.id);
    expect(analysisJobId).not.toBe(first);
    const stored = await db().answer.findUniqueOrThrow({ where: { id: answer.id }, select: { status: true, failureCode: true } });
    expect(stored).toEqual({ status: "QUEUED", failureCode: null });
    const media = await db().mediaObject.findFirstOrThrow({ where: { answerId: answer.id, kind: "AUDIO" }, select: { id: true } });
    expect(await db().analysisJob.findUniqueOrThrow({ where: { id: analysisJobId }, select: { mediaId: true, status: true } })).toEqual({ mediaId: media.id, status: "QUEUED" });
  });
});
