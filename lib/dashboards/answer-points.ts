import "server-only";
/**
 * Loads a candidate's analysed answers as AnswerPoints. Callers must have checked access to the
 * candidate already (the dashboard services filter through readableCandidatesWhere first).
 */
import { metricValuesFromStored } from "@/lib/benchmarks/stored-values";
import { db } from "@/lib/db";
import type { AnswerPoint } from "./trends";

const SELECT = {
  id: true,
  sessionId: true,
  questionId: true,
  createdAt: true,
  speechAnalysis: true,
  visionSummary: true,
  scores: true,
  question: { select: { text: true } },
} as const;

/**
 * Trends cover the most recent `recent` analysed answers (the stored JSON is large, so a
 * candidate with hundreds of answers is not read whole on every page view), plus the first
 * `earliest` ones so "now vs your first sessions" still compares against the real start.
 */
export async function loadAnswerPoints(
  candidateIds: string | readonly string[],
  options: { recent?: number; earliest?: number } = {},
): Promise<AnswerPoint[]> {
  const where = { candidateId: typeof candidateIds === "string" ? candidateIds : { in: [...candidateIds] }, status: "DONE" as const };
  const [recent, earliest] = await Promise.all([
    db().answer.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: options.recent ?? 120, select: SELECT }),
    options.earliest === 0
      ? Promise.resolve([])
      : db().answer.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: options.earliest ?? 10, select: SELECT }),
  ]);
  const byId = new Map([...earliest, ...recent].map((a) => [a.id, a]));
  return [...byId.values()]
    .map((a) => ({
      answerId: a.id,
      sessionId: a.sessionId,
      questionId: a.questionId,
      questionText: a.question.text,
      at: a.createdAt.toISOString(),
      values: Object.fromEntries(metricValuesFromStored(a)),
    }))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.answerId < b.answerId ? -1 : 1));
}
