import "server-only";
/**
 * Loads candidates' analysed answers as AnswerPoints. Callers must have checked access to the
 * candidates already (the dashboard services filter through readableCandidatesWhere first).
 *
 * Why raw SQL:
 * - The stored analysis JSON is large (word timings, chunks, pause and filler items, look-away
 *   episodes) and the metrics read only its summary fields, so those arrays are emptied in the
 *   database before the rows travel; the objects still pass the zod schemas (arrays may be empty).
 * - Several candidates (the coach view) are read in one query: row_number() picks each one's most
 *   recent and earliest answers over the (candidateId, createdAt) index, before any JSON is read.
 */
import { metricValuesFromStored } from "@/lib/benchmarks/stored-values";
import { db } from "@/lib/db";
import type { AnswerPoint } from "./trends";

interface Row {
  id: string;
  candidateId: string;
  sessionId: string;
  questionId: string;
  createdAt: Date;
  questionText: string;
  speechAnalysis: unknown;
  visionSummary: unknown;
  scores: unknown;
}

/**
 * Per candidate: the `recent` most recent analysed answers (trend charts, sparklines) plus the
 * `earliest` first ones, so "now vs your first sessions" still compares against the real start.
 * Points come back oldest first.
 */
export async function loadAnswerPointsByCandidate(
  candidateIds: readonly string[],
  options: { recent?: number; earliest?: number } = {},
): Promise<Map<string, AnswerPoint[]>> {
  const out = new Map<string, AnswerPoint[]>(candidateIds.map((id) => [id, []]));
  if (candidateIds.length === 0) return out;
  const recent = options.recent ?? 120;
  const earliest = options.earliest ?? 10;
  const rows = await db().$queryRaw<Row[]>`
    WITH picked AS (
      SELECT id FROM (
        SELECT a."id",
               row_number() OVER (PARTITION BY a."candidateId" ORDER BY a."createdAt" DESC, a."id" DESC) AS rd,
               row_number() OVER (PARTITION BY a."candidateId" ORDER BY a."createdAt" ASC, a."id" ASC) AS ra
        FROM "Answer" a
        WHERE a."candidateId" = ANY(${[...candidateIds]}::text[]) AND a."status" = 'DONE'
      ) w
      WHERE w.rd <= ${recent} OR w.ra <= ${earliest}
    )
    SELECT a."id", a."candidateId", a."sessionId", a."questionId", a."createdAt", q."text" AS "questionText",
           CASE WHEN jsonb_typeof(a."speechAnalysis") = 'object' THEN
             jsonb_set(jsonb_set(jsonb_set(jsonb_set(
               a."speechAnalysis" || '{"transcript": "", "words": [], "chunks": [], "speechSegments": []}'::jsonb,
               '{fillers,items}', '[]'::jsonb, false), '{repetitions,items}', '[]'::jsonb, false),
               '{pauses,items}', '[]'::jsonb, false), '{pace,windows}', '[]'::jsonb, false)
           ELSE a."speechAnalysis" END AS "speechAnalysis",
           CASE WHEN jsonb_typeof(a."visionSummary") = 'object' THEN
             jsonb_set(a."visionSummary", '{lookingAway,episodes}', '[]'::jsonb, false)
           ELSE a."visionSummary" END AS "visionSummary",
           a."scores"
    FROM picked p
    JOIN "Answer" a ON a."id" = p."id"
    JOIN "Question" q ON q."id" = a."questionId"
    ORDER BY a."createdAt" ASC, a."id" ASC`;
  for (const r of rows) {
    out.get(r.candidateId)?.push({
      answerId: r.id,
      sessionId: r.sessionId,
      questionId: r.questionId,
      questionText: r.questionText,
      at: new Date(r.createdAt).toISOString(),
      values: Object.fromEntries(metricValuesFromStored(r)),
    });
  }
  return out;
}

export async function loadAnswerPoints(candidateId: string, options: { recent?: number; earliest?: number } = {}) {
  return (await loadAnswerPointsByCandidate([candidateId], options)).get(candidateId) ?? [];
}
