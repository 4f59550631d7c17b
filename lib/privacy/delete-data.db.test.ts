import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { storeSpeechResults } from "@/lib/answers/store-results";
import { db } from "@/lib/db";
import { env, resolveFromRoot } from "@/lib/env";
import { attachAudio, pendingAnswer } from "@/lib/jobs/testing/fixtures";
import { makeSpeech } from "@/lib/scoring/test-fixtures";
import { speechWav } from "@/lib/testing/audio";
import { createUser } from "@/lib/testing/factories";
import { stopQueue } from "@/lib/jobs/queue";
import { deleteAccount, deleteSession } from "./delete-data";
import { exportUserData } from "./export-data";
import { exportZip } from "./export-zip";

const dir = mkdtempSync(path.join(os.tmpdir(), "rehearse-privacy-"));

async function analysedAnswerWithFile(optIn: boolean) {
  const answer = await pendingAnswer();
  await db().user.update({ where: { id: answer.candidateId }, data: { benchmarkOptIn: optIn } });
  await attachAudio(answer, speechWav(dir, "A short answer for the privacy test."));
  // The analysis itself is tested elsewhere: store a known result directly.
  await storeSpeechResults(answer.id, makeSpeech({ transcript: "A short answer for the privacy test." }));
  const media = await db().mediaObject.findFirstOrThrow({ where: { answerId: answer.id }, select: { key: true } });
  return { answer, file: path.join(resolveFromRoot(env.UPLOADS_DIR), media.key) };
}

describe("data rights", () => {
  it("deleting a session removes its files, rows and benchmark contribution", async () => {
    const { answer, file } = await analysedAnswerWithFile(true);
    await stopQueue();
    expect(existsSync(file)).toBe(true);
    const contributions = await db().benchmarkContribution.count({ where: { answerId: answer.id } });
    expect(contributions).toBeGreaterThan(0);
    const before = await db().benchmarkAggregate.findMany({ where: { scope: "QUESTION", scopeId: answer.questionId } });
    expect(before.every((row) => row.count === 1)).toBe(true);

    const viewer = await db().user.findUniqueOrThrow({ where: { id: answer.candidateId }, select: { id: true, role: true, name: true, email: true } });
    const outcome = await deleteSession(viewer, answer.sessionId);
    expect(outcome).toEqual({ deleted: 1, failed: [] });
    expect(existsSync(file)).toBe(false);
    // No empty folders left behind: neither the answer's nor (its only one) the owner's.
    expect(existsSync(path.dirname(file))).toBe(false);
    expect(existsSync(path.dirname(path.dirname(file)))).toBe(false);
    expect(await db().answer.count({ where: { id: answer.id } })).toBe(0);
    expect(await db().mediaObject.count({ where: { ownerId: answer.candidateId } })).toBe(0);
    const after = await db().benchmarkAggregate.findMany({ where: { scope: "QUESTION", scopeId: answer.questionId } });
    expect(after.every((row) => row.count === 0 && row.sum === 0)).toBe(true);
  });

  it("refuses to delete someone else's session", async () => {
    const { answer } = await analysedAnswerWithFile(false);
    await stopQueue();
    const stranger = await createUser("CANDIDATE");
    await expect(deleteSession(stranger, answer.sessionId)).rejects.toThrow(/not yours/);
  });

  it("exports everything about the user, then deleting the account removes it all", async () => {
    const { answer, file } = await analysedAnswerWithFile(true);
    await stopQueue();
    const viewer = await db().user.findUniqueOrThrow({ where: { id: answer.candidateId }, select: { id: true, role: true, name: true, email: true } });
    const exported = await exportUserData(viewer);
    expect(exported.format).toBe("rehearse.export.v1");
    expect(JSON.stringify(exported)).not.toContain("passwordHash");
    expect(exported.user.sessions[0]?.answers[0]?.transcript).toBeTruthy();
    expect(exported.user.sessions[0]?.answers[0]?.media).toHaveLength(1);

    // The download is a zip: the manifest and the recording's exact bytes, where the manifest says.
    const zipped = new Uint8Array(await new Response(await exportZip(viewer)).arrayBuffer());
    const entries = unzipSync(zipped);
    const manifest = JSON.parse(strFromU8(entries["manifest.json"]!)) as typeof exported;
    expect(manifest.format).toBe("rehearse.export.v1");
    expect(JSON.stringify(manifest)).not.toMatch(/passwordHash|"key"|"driver"/);
    const listed = manifest.user.sessions[0]!.answers[0]!.media[0]!.file;
    expect(Buffer.from(entries[listed]!).equals(readFileSync(file))).toBe(true);

    // A leftover from an upload cut off mid-write has no row, but goes with the account too.
    writeFileSync(`${file}.partial`, "half an upload");
    await deleteAccount(viewer);
    expect(existsSync(file)).toBe(false);
    expect(existsSync(path.dirname(path.dirname(file)))).toBe(false);
    expect(await db().user.count({ where: { id: viewer.id } })).toBe(0);
    expect(await db().benchmarkContribution.count({ where: { answerId: answer.id } })).toBe(0);
    const aggregates = await db().benchmarkAggregate.findMany({ where: { scope: "QUESTION", scopeId: answer.questionId } });
    expect(aggregates.every((row) => row.count === 0)).toBe(true);
  });
});
