/** Helpers for job tests: an answer waiting for a recording, and a file "uploaded" to it. */
import { createReadStream, readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { recordAnswerUpload, storageKeyFor } from "@/lib/answers/answer-media";
import { db } from "@/lib/db";
import { sniffMedia } from "@/lib/speech/media-sniff";
import { localDriver } from "@/lib/storage/local-driver";
import { createBank, createUser } from "@/lib/testing/factories";

export async function pendingAnswer() {
  const candidate = await createUser("CANDIDATE");
  const bank = await createBank({ questions: 1 });
  const session = await db().interviewSession.create({ data: { candidateId: candidate.id, bankId: bank.id } });
  return db().answer.create({
    data: { sessionId: session.id, questionId: bank.questions[0]!.id, candidateId: candidate.id, position: 0, status: "RECORDED" },
  });
}

/** Stores a file as the answer's audio exactly as an upload would (without the upload's own checks). */
export async function attachAudio(answer: { id: string; candidateId: string }, file: string) {
  const head = readFileSync(file).subarray(0, 64);
  const mimeType = sniffMedia(head)?.mime ?? "video/webm";
  const target = { answerId: answer.id, ownerId: answer.candidateId, kind: "AUDIO" as const };
  const key = storageKeyFor(target, mimeType);
  const stored = await localDriver.write(key, Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>);
  return recordAnswerUpload({ ...target, key, driver: "LOCAL", mimeType, sizeBytes: stored.sizeBytes });
}

export async function waitForAnswer(answerId: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await db().answer.findUniqueOrThrow({
      where: { id: answerId },
      select: { status: true, failureCode: true, failureReason: true, speechAnalysis: true, scores: true },
    });
    if (answer.status === "DONE" || answer.status === "FAILED") return answer;
    if (Date.now() > deadline) throw new Error(`answer ${answerId} still ${answer.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
