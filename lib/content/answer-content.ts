import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { analyzeContent, type ContentAnalysis, type ContentQuestion, type ContentSource } from "./analyze";
import { cohortTopWords, usesWord, type CohortWord } from "./top-words";

/** At most this many recent cohort answers are read for a question's common words. */
const COHORT_SAMPLE = 300;

export type CohortWords =
  | { status: "ok"; n: number; words: (CohortWord & { inThisAnswer: boolean })[] }
  | { status: "insufficient"; n: number; needed: number };

export interface AnswerContent {
  analysis: ContentAnalysis;
  cohort: CohortWords;
  text: string;
}

interface ContentAnswer {
  id: string;
  status: string;
  transcript: string | null;
  textAnswer: string | null;
  textSource: string | null;
  durationSec: number | null;
  question: ContentQuestion & { id: string };
}

/** The text an answer's content is judged on: what was typed or uploaded, else the transcript. */
export function answerText(answer: Pick<ContentAnswer, "status" | "transcript" | "textAnswer" | "textSource">): { text: string; source: ContentSource } | null {
  // A draft (PENDING) is not judged: the candidate may still be writing it; nor is one left unsent (SKIPPED).
  if (answer.status === "PENDING" || answer.status === "SKIPPED") return null;
  if (answer.textAnswer?.trim()) return { text: answer.textAnswer, source: answer.textSource && answer.textSource !== "TYPED" ? "document" : "typed" };
  if (answer.transcript?.trim()) return { text: answer.transcript, source: "spoken" };
  return null;
}

/**
 * The words other candidates used for the same question, from candidates who opted in to
 * benchmarks only, and only when at least BENCHMARK_MIN_COHORT answers exist (as for every other
 * comparison). The answer being viewed is left out.
 */
async function cohortWordsFor(questionId: string, answerId: string, text: string): Promise<CohortWords> {
  const rows = await db().answer.findMany({
    where: {
      questionId,
      id: { not: answerId },
      status: { in: ["DONE"] },
      candidate: { benchmarkOptIn: true },
      OR: [{ transcript: { not: null } }, { textAnswer: { not: null } }],
    },
    orderBy: { createdAt: "desc" },
    take: COHORT_SAMPLE,
    select: { transcript: true, textAnswer: true },
  });
  const texts = rows.map((row) => row.textAnswer ?? row.transcript ?? "").filter((t) => t.trim());
  if (texts.length < env.BENCHMARK_MIN_COHORT) return { status: "insufficient", n: texts.length, needed: env.BENCHMARK_MIN_COHORT - texts.length };
  return { status: "ok", n: texts.length, words: cohortTopWords(texts).map((word) => ({ ...word, inThisAnswer: usesWord(text, word.word) })) };
}

export async function contentForAnswer(answer: ContentAnswer): Promise<AnswerContent | null> {
  const found = answerText(answer);
  if (!found) return null;
  const analysis = analyzeContent({ text: found.text, source: found.source, question: answer.question, durationSec: answer.durationSec });
  return { analysis, cohort: await cohortWordsFor(answer.question.id, answer.id, found.text), text: found.text };
}
