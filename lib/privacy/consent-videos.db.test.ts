import { existsSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { recordAnswerUpload, storageKeyFor } from "@/lib/answers/answer-media";
import { db } from "@/lib/db/prisma";
import { env, resolveFromRoot } from "@/lib/env";
import { localDriver } from "@/lib/storage/local-driver";
import { answerQuestion, createBank, createUser } from "@/lib/testing/factories";
import { recordSessionConsent } from "@/lib/users/consent";
import { countStoredVideos, deleteStoredVideos } from "./delete-videos";

async function storedVideo(candidate: { id: string }, answerId: string) {
  const target = { answerId, ownerId: candidate.id, kind: "VIDEO" as const };
  const key = storageKeyFor(target, "video/webm");
  const stored = await localDriver.write(key, Readable.toWeb(Readable.from([Buffer.from("webm bytes")])) as ReadableStream<Uint8Array>);
  await recordAnswerUpload({ ...target, key, driver: "LOCAL", mimeType: "video/webm", sizeBytes: stored.sizeBytes });
  return path.join(resolveFromRoot(env.UPLOADS_DIR), key);
}

describe("consent events and kept videos", () => {
  it("logs what a session really uses: the camera for LIVE, the microphone for AUDIO_ONLY", async () => {
    const candidate = await createUser("CANDIDATE");
    const bank = await createBank({ questions: 1 });
    const live = await db().interviewSession.create({ data: { candidateId: candidate.id, bankId: bank.id, mode: "LIVE" } });
    const audio = await db().interviewSession.create({ data: { candidateId: candidate.id, bankId: bank.id, mode: "AUDIO_ONLY" } });
    await recordSessionConsent(candidate, audio.id);
    expect((await db().user.findUniqueOrThrow({ where: { id: candidate.id }, select: { cameraConsentAt: true } })).cameraConsentAt).toBeNull();
    await recordSessionConsent(candidate, live.id);
    const events = await db().consentEvent.findMany({ where: { userId: candidate.id }, orderBy: { createdAt: "asc" }, select: { kind: true } });
    expect(events.map((event) => event.kind)).toEqual(["MICROPHONE_ANALYSIS", "CAMERA_ANALYSIS"]);
    await expect(recordSessionConsent(await createUser("CANDIDATE"), live.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("deletes one stored video, then all of them, and nobody else's", async () => {
    const candidate = await createUser("CANDIDATE");
    const other = await createUser("CANDIDATE");
    await db().user.updateMany({ where: { id: { in: [candidate.id, other.id] } }, data: { keepVideo: true } });
    const bank = await createBank({ questions: 1 });
    const first = await answerQuestion(candidate, bank.id, bank.questions[0]!.id);
    const second = await answerQuestion(candidate, bank.id, bank.questions[0]!.id);
    const theirs = await answerQuestion(other, bank.id, bank.questions[0]!.id);
    const [fileA, fileB, fileC] = [await storedVideo(candidate, first.id), await storedVideo(candidate, second.id), await storedVideo(other, theirs.id)];

    await expect(deleteStoredVideos(candidate, { answerId: theirs.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await deleteStoredVideos(candidate, { answerId: first.id })).toEqual({ deleted: 1 });
    expect(existsSync(fileA)).toBe(false);
    expect(await countStoredVideos(candidate)).toBe(1);
    expect(await deleteStoredVideos(candidate)).toEqual({ deleted: 1 });
    expect(existsSync(fileB)).toBe(false);
    expect(existsSync(fileC)).toBe(true);
    expect(await countStoredVideos(other)).toBe(1);
  });
});
