import { beforeEach, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { getAnswerDetails } from "@/lib/sessions/answer-details";
import { getSessionReport } from "@/lib/sessions/session-report";
import { submitTextAnswer } from "@/lib/sessions/text-answers";
import { createBank, createUser } from "@/lib/testing/factories";
import { clearCohortWordsCache } from "./answer-content";

/** A candidate's written answer to the question, submitted (DONE); opted in to benchmarks or not. */
async function writtenAnswer(bankId: string, questionId: string, text: string, optIn = true) {
  const candidate = await createUser("CANDIDATE");
  await db().user.update({ where: { id: candidate.id }, data: { benchmarkOptIn: optIn } });
  const session = await db().interviewSession.create({
    data: { candidateId: candidate.id, bankId, mode: "TEXT", answers: { create: [{ questionId, candidateId: candidate.id, position: 0 }] } },
    select: { id: true, answers: { select: { id: true } } },
  });
  const answerId = session.answers[0]!.id;
  await submitTextAnswer(candidate, { answerId, text });
  return { candidate, sessionId: session.id, answerId };
}

async function cohortWords(viewer: Viewer, { sessionId, answerId }: { sessionId: string; answerId: string }): Promise<string[] | "insufficient"> {
  const cohort = (await getAnswerDetails(viewer, sessionId, [answerId]))[0]!.content!.cohort;
  return cohort.status === "ok" ? cohort.words.map((w) => w.word) : "insufficient";
}

describe("cohort words (cached per question and viewed answer)", () => {
  beforeEach(() => clearCohortWordsCache());

  it("follow every change to the cohort's answers: a new one, an edit, a candidate opting out, a deletion", async () => {
    const bank = await createBank({ questions: 1 });
    const questionId = bank.questions[0]!.id;
    const viewed = await writtenAnswer(bank.id, questionId, "I met the deadline.");
    const others = [];
    for (let i = 0; i < env.BENCHMARK_MIN_COHORT - 1; i++) others.push(await writtenAnswer(bank.id, questionId, "The deadline moved, so I negotiated."));
    expect(await cohortWords(viewed.candidate, viewed)).toBe("insufficient");

    const last = await writtenAnswer(bank.id, questionId, "The deadline moved, so I negotiated.");
    expect(await cohortWords(viewed.candidate, viewed)).toContain("negotiated");
    expect(await cohortWords(viewed.candidate, viewed)).not.toContain("budget");

    // Edited text (e.g. a re-analysed transcript): the answer's update time changes.
    await db().answer.update({ where: { id: last.answerId }, data: { textAnswer: "Budget budget budget." } });
    expect(await cohortWords(viewed.candidate, viewed)).toContain("budget");

    await db().user.update({ where: { id: last.candidate.id }, data: { benchmarkOptIn: false } });
    expect(await cohortWords(viewed.candidate, viewed)).toBe("insufficient");

    await db().user.update({ where: { id: last.candidate.id }, data: { benchmarkOptIn: true } });
    expect(await cohortWords(viewed.candidate, viewed)).toContain("budget");
    await db().answer.delete({ where: { id: others[0]!.answerId } });
    expect(await cohortWords(viewed.candidate, viewed)).toBe("insufficient");
  });

  it("never hands one candidate's cohort (which holds the others' words) to another", async () => {
    const bank = await createBank({ questions: 1 });
    const questionId = bank.questions[0]!.id;
    for (let i = 0; i < env.BENCHMARK_MIN_COHORT - 1; i++) await writtenAnswer(bank.id, questionId, "The deadline moved, so I negotiated.");
    const zebra = await writtenAnswer(bank.id, questionId, "Zebras zebras zebras.");
    const giraffe = await writtenAnswer(bank.id, questionId, "Giraffes giraffes giraffes.");
    for (let round = 0; round < 2; round++) {
      // Each sees the other's words and never their own: the cohort leaves out the viewed answer.
      expect(await cohortWords(zebra.candidate, zebra)).toEqual(expect.arrayContaining(["deadline", "giraffes"]));
      expect(await cohortWords(zebra.candidate, zebra)).not.toContain("zebras");
      expect(await cohortWords(giraffe.candidate, giraffe)).toEqual(expect.arrayContaining(["deadline", "zebras"]));
      expect(await cohortWords(giraffe.candidate, giraffe)).not.toContain("giraffes");
    }
    // The access check comes first, cache or not.
    await expect(getAnswerDetails(giraffe.candidate, zebra.sessionId, [zebra.answerId])).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("an answer's content analysis (cached per answer)", () => {
  it("follows every change to what it reads: the answer's text, the question's talking points and category", async () => {
    const bank = await createBank({ questions: 1 });
    const questionId = bank.questions[0]!.id;
    await db().question.update({ where: { id: questionId }, data: { talkingPoints: ["budget"], category: "technical" } });
    const answer = await writtenAnswer(bank.id, questionId, "I cut the budget in half.");
    const analysis = async () => (await getSessionReport(answer.candidate, answer.sessionId)).answers[0]!.content!.analysis;

    const first = await analysis();
    expect([first.wordCount, first.talkingPoints.map((p) => [p.point, p.covered]), first.starExpected]).toEqual([6, [["budget", true]], false]);
    // Read again unchanged: the same analysis.
    expect(await analysis()).toEqual(first);

    await db().answer.update({ where: { id: answer.answerId }, data: { textAnswer: "We shipped it on time." } });
    expect((await analysis()).wordCount).toBe(5);
    expect((await analysis()).talkingPoints.map((p) => p.covered)).toEqual([false]);

    await db().question.update({ where: { id: questionId }, data: { talkingPoints: ["shipped", "on time"], category: "behavioural" } });
    const edited = await analysis();
    expect(edited.talkingPoints.map((p) => [p.point, p.covered])).toEqual([["shipped", true], ["on time", true]]);
    expect(edited.starExpected).toBe(true);
  });
});
