import "server-only";
import { createHash } from "node:crypto";
import { VersionedCache } from "@/lib/cache/versioned-cache";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { analyzeContent, type ContentAnalysis, type ContentQuestion, type ContentSource } from "./analyze";
import { cohortTopWords, usesWord, type CohortWord } from "./top-words";

/** At most this many recent cohort answers are read for a question's common words. */
const COHORT_SAMPLE = 300;

export type CohortWords =
  | { status: "ok"; n: number; words: (CohortWord & { inThisAnswer: boolean })[] }
  | { status: "insufficient"; n: number; needed: number };

/** What an answer's own words show: the analysis and the text it was made from. */
export interface ContentReading {
  analysis: ContentAnalysis;
  text: string;
}

/** The reading with other candidates' common words for the same question beside it. */
export interface AnswerContent extends ContentReading {
  cohort: CohortWords;
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

/** A question's cohort sample: the most recent answers that count, newest first (one more than kept, see below). */
interface CohortRow {
  id: string;
  questionId: string;
  updatedAt: Date;
}

/** Top words per (question, viewed answer), served only while that sample is unchanged. */
const cohortWordsCache = new VersionedCache<{ n: number; words: CohortWord[] }>(1000);

/** For tests: forget every cached cohort. */
export function clearCohortWordsCache(): void {
  cohortWordsCache.clear();
}

/**
 * Each question's COHORT_SAMPLE + 1 most recent answers that could be in its cohort, in one round
 * trip: ids and update times only, the fingerprint of what the words would be computed from.
 */
async function cohortSamples(questionIds: readonly string[]): Promise<Map<string, CohortRow[]>> {
  const rows = await db().$queryRaw<CohortRow[]>`
    SELECT "id", "questionId", "updatedAt" FROM (
      SELECT a."id", a."questionId", a."updatedAt",
             row_number() OVER (PARTITION BY a."questionId" ORDER BY a."createdAt" DESC, a."id" DESC) AS rn
      FROM "Answer" a
      JOIN "User" u ON u."id" = a."candidateId"
      WHERE a."questionId" = ANY(${[...questionIds]}::text[]) AND a."status" = 'DONE' AND u."benchmarkOptIn"
        AND (a."transcript" IS NOT NULL OR a."textAnswer" IS NOT NULL)
    ) w
    WHERE w.rn <= ${COHORT_SAMPLE + 1}
    ORDER BY w."questionId", w.rn`;
  const out = new Map<string, CohortRow[]>(questionIds.map((id) => [id, []]));
  for (const row of rows) out.get(row.questionId)?.push(row);
  return out;
}

/**
 * The words other candidates used for the same question, from candidates who opted in to
 * benchmarks only, and only when at least BENCHMARK_MIN_COHORT answers exist (as for every other
 * comparison). The answer being viewed is left out.
 *
 * Reading 300 transcripts and counting their words for every answer on every view was most of a
 * report's cost once a cohort exists; now each view reads only the samples' ids and update times
 * (one query for every question of the report), and the words are recounted only when that
 * fingerprint changed (an answer analysed, re-analysed, edited or deleted, or a candidate opting
 * in or out): an exact cache, whatever process wrote the change.
 */
async function cohortWordsFor(answers: readonly { questionId: string; answerId: string; text: string }[]): Promise<CohortWords[]> {
  if (answers.length === 0) return [];
  const samples = await cohortSamples([...new Set(answers.map((a) => a.questionId))]);
  const wanted = answers.map(({ questionId, answerId }) => {
    const sample = samples.get(questionId) ?? [];
    // As "the 300 most recent other answers": without the viewed one, or without the 301st.
    const rows = sample.filter((row) => row.id !== answerId).slice(0, COHORT_SAMPLE);
    const key = `${questionId}\u0000${answerId}`;
    const version = createHash("sha256")
      .update(rows.map((row) => `${row.id}@${new Date(row.updatedAt).getTime()}`).join(","))
      .digest("base64url");
    return { key, version, rows, cached: cohortWordsCache.get(key, version) };
  });
  const missing = wanted.filter((w) => !w.cached).flatMap((w) => w.rows.map((row) => row.id));
  const texts = new Map(
    missing.length
      ? (await db().answer.findMany({ where: { id: { in: [...new Set(missing)] } }, select: { id: true, transcript: true, textAnswer: true } })).map(
          (row) => [row.id, row.textAnswer ?? row.transcript ?? ""] as const,
        )
      : [],
  );
  return wanted.map((w, i) => {
    let cohort = w.cached;
    if (!cohort) {
      const sampleTexts = w.rows.map((row) => texts.get(row.id) ?? "").filter((t) => t.trim());
      cohort = { n: sampleTexts.length, words: cohortTopWords(sampleTexts) };
      cohortWordsCache.set(w.key, w.version, cohort);
    }
    if (cohort.n < env.BENCHMARK_MIN_COHORT) return { status: "insufficient", n: cohort.n, needed: env.BENCHMARK_MIN_COHORT - cohort.n };
    const text = answers[i]!.text;
    return { status: "ok", n: cohort.n, words: cohort.words.map((word) => ({ ...word, inThisAnswer: usesWord(text, word.word) })) };
  });
}

/**
 * Content analyses by answer, served while everything the analysis reads is unchanged (the text,
 * its source, the question's text, category, talking points and time, the answer's length):
 * the report reads them on every view, and one takes about 4 ms for a 170-word answer on two
 * cores. Shared between viewers; each caller has already checked access to the answer.
 */
const contentAnalysisCache = new VersionedCache<ContentAnalysis>(2000);

function cachedContentAnalysis(answerId: string, input: Parameters<typeof analyzeContent>[0]): ContentAnalysis {
  // The input holds only what the analysis reads (see readAnswersContent), so it is its own fingerprint.
  const version = createHash("sha256").update(JSON.stringify(input)).digest("base64url");
  const cached = contentAnalysisCache.get(answerId, version);
  if (cached) return cached;
  const analysis = analyzeContent(input);
  contentAnalysisCache.set(answerId, version, analysis);
  return analysis;
}

/** Each answer's content analysis (null where there is no text to judge); no database read. */
export function readAnswersContent(answers: readonly ContentAnswer[]): (ContentReading | null)[] {
  return answers.map((answer) => {
    const found = answerText(answer);
    if (!found) return null;
    const { text, category, talkingPoints, answerSeconds } = answer.question;
    const question: ContentQuestion = { text, category, talkingPoints, answerSeconds };
    return { analysis: cachedContentAnalysis(answer.id, { text: found.text, source: found.source, question, durationSec: answer.durationSec }), text: found.text };
  });
}

/** Content feedback for each answer (null where there is no text to judge), the cohorts read together. */
export async function contentForAnswers(answers: readonly ContentAnswer[]): Promise<(AnswerContent | null)[]> {
  const readings = readAnswersContent(answers);
  const judged = answers.flatMap((answer, i) => (readings[i] ? [{ questionId: answer.question.id, answerId: answer.id, text: readings[i].text }] : []));
  const cohorts = await cohortWordsFor(judged);
  let next = 0;
  return readings.map((reading) => (reading ? { ...reading, cohort: cohorts[next++]! } : null));
}
