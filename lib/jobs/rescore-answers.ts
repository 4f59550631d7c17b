/**
 * Rescoring after a formula change: every answer scored under another SCORING_VERSION gets its
 * scores recomputed from its stored measurements (and its benchmark contributions replaced), so
 * reports and cohorts never mix formula versions for long. The worker enqueues the job at start
 * when such answers exist; the queue's "stately" policy keeps it to one queued and one running.
 */
import "server-only";
import type { PgBoss } from "pg-boss";
import { refreshDerivedResults } from "@/lib/answers/derived-results";
import { db } from "@/lib/db";
import { SCORING_VERSION } from "@/lib/scoring/types";
import { JOB_DEFINITIONS } from "./definitions";

const BATCH = 50;
const staleAnswers = { scoringVersion: { not: SCORING_VERSION } } as const;

/** Rescores every stale answer, a batch at a time, one transaction per answer; returns how many. */
export async function rescoreStaleAnswers(batch = BATCH): Promise<number> {
  let total = 0;
  for (;;) {
    const stale = await db().answer.findMany({ where: staleAnswers, select: { id: true }, orderBy: { id: "asc" }, take: batch });
    if (stale.length === 0) return total;
    // refreshDerivedResults writes today's SCORING_VERSION, so each pass shrinks the set.
    for (const { id } of stale) await db().$transaction((tx) => refreshDerivedResults(tx, id));
    total += stale.length;
  }
}

/** Queues the rescoring job when some answers were scored under another version; true when queued. */
export async function enqueueRescoreIfStale(boss: PgBoss): Promise<boolean> {
  const count = await db().answer.count({ where: staleAnswers });
  if (count === 0) return false;
  const definition = JOB_DEFINITIONS["rescore-answers"];
  await boss.send(definition.name, definition.payload.parse({ scoringVersion: SCORING_VERSION }));
  console.log(`[jobs] ${count} answer(s) scored under another version than ${SCORING_VERSION}: rescoring queued`);
  return true;
}
