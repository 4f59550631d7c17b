/**
 * Test-only seed helpers for the benchmark db tests (patterns copied from lib/testing/factories.ts).
 */
import { computeAnswerScores } from "@/lib/scoring/compute";
import { makeSpeech, makeVision } from "@/lib/scoring/test-fixtures";
import { db } from "@/lib/db";
import { answerQuestion, createUser } from "@/lib/testing/factories";
import { makeVocalExpression } from "@/lib/speech/vocal-expression/test-fixtures";

export async function createCandidate(benchmarkOptIn: boolean) {
  const user = await createUser("CANDIDATE");
  await db().user.update({ where: { id: user.id }, data: { benchmarkOptIn } });
  return user;
}

/** An answer whose stored results have the given pace and eye contact (all else from the fixtures). */
export async function createScoredAnswer(
  candidate: { id: string },
  bankId: string,
  questionId: string,
  measured: { wpm: number; eyeContact: number; fillersPer100?: number },
) {
  const answer = await answerQuestion({ ...candidate, role: "CANDIDATE", name: "", email: "" }, bankId, questionId);
  await storeResults(answer.id, measured);
  return answer;
}

export async function storeResults(answerId: string, measured: { wpm: number; eyeContact: number; fillersPer100?: number }) {
  // Every measure the catalogue benchmarks, the voice's expression included.
  const speech = makeSpeech({
    pace: { wpm: measured.wpm },
    fillers: { per100Words: measured.fillersPer100 ?? 1 },
    vocalExpression: makeVocalExpression({ neutral: 0.6, calm: 0.4 }),
  });
  const vision = makeVision({ eyeContactShare: measured.eyeContact });
  const scores = computeAnswerScores(speech, vision);
  await db().answer.update({
    where: { id: answerId },
    data: { speechAnalysis: speech, visionSummary: vision, scores, scoringVersion: scores.version },
  });
}

export async function aggregateRow(scope: "QUESTION" | "BANK", scopeId: string, metric: string) {
  return db().benchmarkAggregate.findUnique({
    where: { scope_scopeId_metric: { scope, scopeId, metric } },
    select: { count: true, sum: true, sumSq: true, histogram: true },
  });
}
