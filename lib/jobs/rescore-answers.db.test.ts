import { describe, expect, it } from "vitest";
import { answerScoresSchema, SCORING_VERSION } from "@/lib/scoring/types";
import { createCandidate, createScoredAnswer } from "@/lib/benchmarks/test-db-helpers";
import { db } from "@/lib/db";
import { createBank } from "@/lib/testing/factories";
import { rescoreStaleAnswers } from "./rescore-answers";

describe("rescoring after a scoring-version change", () => {
  it("recomputes scores stored under another version from the stored measurements, once", async () => {
    const bank = await createBank();
    const candidate = await createCandidate(true);
    const stale = await createScoredAnswer(candidate, bank.id, bank.questions[0]!.id, { wpm: 150, eyeContact: 0.7 });
    const current = await createScoredAnswer(candidate, bank.id, bank.questions[1]!.id, { wpm: 120, eyeContact: 0.5 });
    // As an older release would have left it: other formulas, other numbers.
    await db().answer.update({ where: { id: stale.id }, data: { scores: { version: "scoring@0.9.0" }, scoringVersion: "scoring@0.9.0" } });
    const before = await db().answer.findUniqueOrThrow({ where: { id: current.id }, select: { updatedAt: true } });

    expect(await rescoreStaleAnswers(1)).toBe(1);

    const rescored = await db().answer.findUniqueOrThrow({ where: { id: stale.id }, select: { scores: true, scoringVersion: true } });
    expect(rescored.scoringVersion).toBe(SCORING_VERSION);
    expect(answerScoresSchema.parse(rescored.scores).version).toBe(SCORING_VERSION);
    // The rescored answer counts in the benchmarks again with today's formulas.
    expect(await db().benchmarkContribution.count({ where: { answerId: stale.id, metric: { startsWith: "score." } } })).toBeGreaterThan(0);
    // Answers already on today's version are left alone; a second run finds nothing.
    expect((await db().answer.findUniqueOrThrow({ where: { id: current.id }, select: { updatedAt: true } })).updatedAt).toEqual(before.updatedAt);
    expect(await rescoreStaleAnswers()).toBe(0);
  });
});
