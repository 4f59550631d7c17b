import { describe, expect, it } from "vitest";
import { inventoryItems } from "@/lib/bigfive/inventory";
import { getBigFiveOverview, saveBigFiveResult } from "@/lib/bigfive/results";
import { buildScannedPdf, buildTextPdf, COVER_LETTER } from "@/lib/content/testing/document-fixtures";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createBank, createUser } from "@/lib/testing/factories";
import type { Viewer } from "@/lib/auth/viewer";
import { getAnswerDetails } from "./answer-details";
import { getSessionReport } from "./session-report";
import { getAnswerGuidance, saveTextDraft, submitDocumentAnswer, submitTextAnswer } from "./text-answers";

async function textSession(candidate: Viewer, bankId: string, questionId: string, mode: "TEXT" | "LIVE" = "TEXT") {
  const session = await db().interviewSession.create({
    data: { candidateId: candidate.id, bankId, mode, answers: { create: [{ questionId, candidateId: candidate.id, position: 0 }] } },
    select: { id: true, answers: { select: { id: true } } },
  });
  return { sessionId: session.id, answerId: session.answers[0]!.id };
}

async function setup() {
  const candidate = await createUser("CANDIDATE");
  const bank = await createBank({ questions: 1 });
  const question = bank.questions[0]!;
  await db().question.update({ where: { id: question.id }, data: { guidance: "Name the result.", category: "behavioural", talkingPoints: ["deadline"] } });
  return { candidate, bank, question, ...(await textSession(candidate, bank.id, question.id)) };
}

describe("written answers", () => {
  it("keeps drafts while open, withholds guidance until submitted, then refuses changes", async () => {
    const { candidate, answerId } = await setup();
    await expect(getAnswerGuidance(candidate, answerId)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await saveTextDraft(candidate, { answerId, text: "First draft" })).toMatchObject({ saved: true });
    const draft = await db().answer.findUniqueOrThrow({ where: { id: answerId }, select: { textAnswer: true, status: true, startedAt: true } });
    expect(draft).toMatchObject({ textAnswer: "First draft", status: "PENDING" });
    expect(draft.startedAt).not.toBeNull();

    expect(await submitTextAnswer(candidate, { answerId, text: "I met the deadline.", durationSec: 42 })).toEqual({ status: "DONE" });
    expect(await getAnswerGuidance(candidate, answerId)).toEqual({ guidance: "Name the result." });
    expect(await saveTextDraft(candidate, { answerId, text: "late edit" })).toMatchObject({ saved: false });
    await expect(submitTextAnswer(candidate, { answerId, text: "again" })).rejects.toMatchObject({ code: "CONFLICT" });
    const stored = await db().answer.findUniqueOrThrow({ where: { id: answerId }, select: { textAnswer: true, textSource: true, durationSec: true } });
    expect(stored).toEqual({ textAnswer: "I met the deadline.", textSource: "TYPED", durationSec: 42 });
  });

  it("counts an empty submission as skipped", async () => {
    const { candidate, answerId } = await setup();
    expect(await submitTextAnswer(candidate, { answerId, text: "   " })).toEqual({ status: "SKIPPED" });
  });

  it("is only for the owner, and only in written sessions", async () => {
    const { answerId, bank, question, candidate } = await setup();
    await expect(saveTextDraft(await createUser("CANDIDATE"), { answerId, text: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const live = await textSession(candidate, bank.id, question.id, "LIVE");
    await expect(saveTextDraft(candidate, { answerId: live.answerId, text: "x" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("reads a document answer, refuses scans and other types with their reason", async () => {
    const { candidate, answerId } = await setup();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await expect(submitDocumentAnswer(candidate, { answerId, bytes: png, fileName: "x.png" })).rejects.toMatchObject({ code: "UNSUPPORTED_MEDIA" });
    await expect(submitDocumentAnswer(candidate, { answerId, bytes: buildScannedPdf(), fileName: "scan.pdf" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringMatching(/no text layer/),
    });
    expect(await submitDocumentAnswer(candidate, { answerId, bytes: buildTextPdf(COVER_LETTER), fileName: "letter.pdf" })).toMatchObject({ kind: "PDF" });
    const stored = await db().answer.findUniqueOrThrow({ where: { id: answerId }, select: { status: true, textSource: true, documentName: true, textAnswer: true } });
    expect(stored).toMatchObject({ status: "DONE", textSource: "PDF", documentName: "letter.pdf" });
    expect(stored.textAnswer).toContain("fell by 30%");
  });
});

describe("content in the report", () => {
  it("analyses the written answer and shows the cohort's words only from enough opted-in candidates", async () => {
    const { candidate, answerId, sessionId, bank, question } = await setup();
    await submitTextAnswer(candidate, { answerId, text: "At my last job my task was to hit a deadline. I negotiated scope. As a result we shipped." });
    const others = async (count: number, optIn: boolean) => {
      for (let i = 0; i < count; i++) {
        const other = await createUser("CANDIDATE");
        await db().user.update({ where: { id: other.id }, data: { benchmarkOptIn: optIn } });
        const s = await textSession(other, bank.id, question.id);
        await submitTextAnswer(other, { answerId: s.answerId, text: "The deadline moved, so I negotiated a smaller budget." });
      }
    };
    await others(env.BENCHMARK_MIN_COHORT - 1, true);
    await others(3, false); // not opted in: never counted
    let content = (await getAnswerDetails(candidate, sessionId, [answerId]))[0]!.content!;
    expect(content.analysis.star.missing).toEqual([]);
    expect(content.analysis.talkingPoints).toEqual([{ point: "deadline", covered: true, matched: "deadline" }]);
    expect(content.cohort).toEqual({ status: "insufficient", n: env.BENCHMARK_MIN_COHORT - 1, needed: 1 });
    // The report shows the same reading at once; the cohort's words come with the answer's details.
    expect((await getSessionReport(candidate, sessionId)).answers[0]!.content).toEqual({ analysis: content.analysis, text: content.text });

    await others(1, true);
    content = (await getAnswerDetails(candidate, sessionId, [answerId]))[0]!.content!;
    expect(content.cohort.status).toBe("ok");
    if (content.cohort.status !== "ok") return;
    expect(content.cohort.n).toBe(env.BENCHMARK_MIN_COHORT);
    expect(content.cohort.words.find((w) => w.word === "deadline")).toMatchObject({ share: 1, inThisAnswer: true });
    expect(content.cohort.words.find((w) => w.word === "budget")).toMatchObject({ inThisAnswer: false });
  });
});

describe("Big Five results", () => {
  const answers = (score: number) => Object.fromEntries(inventoryItems().map((item) => [item.id, score]));

  it("saves with the date and shows the cohort only from enough consenting candidates", async () => {
    const candidate = await createUser("CANDIDATE");
    expect((await getBigFiveOverview(candidate)).latest).toBeNull();
    await saveBigFiveResult(candidate, answers(3));
    const overview = await getBigFiveOverview(candidate);
    expect(overview.latest?.domains.map((d) => d.value)).toEqual([50, 50, 50, 50, 50]);
    expect(overview.history).toHaveLength(1);
    await expect(saveBigFiveResult(await createUser("COACH"), answers(3))).rejects.toMatchObject({ code: "FORBIDDEN" });

    const before = (await getBigFiveOverview(candidate)).latest!.cohort.O;
    const needed = before.status === "insufficient" ? before.needed : 0;
    for (let i = 0; i < needed; i++) {
      const other = await createUser("CANDIDATE");
      await db().user.update({ where: { id: other.id }, data: { benchmarkOptIn: true } });
      await saveBigFiveResult(other, answers(4));
    }
    const cohort = (await getBigFiveOverview(candidate)).latest!.cohort.O;
    expect(cohort.status).toBe("ok");
  });
});
