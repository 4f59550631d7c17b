/**
 * Bulk seed for the reports benchmark (scripts/bench-reports.ts). CLI code: no "server-only".
 *
 * Rows are generated inside the database with INSERT ... SELECT generate_series (one statement per
 * slice), which is orders of magnitude faster than row-by-row creates, especially on PGlite. The
 * stored JSON comes from a table of `VARIANTS` pre-built results (valid by the real zod schemas,
 * scores from the real scoring code); each answer points at one variant, walking from weaker to
 * stronger delivery over a candidate's history so trends are not flat.
 *
 * Benchmarks: contributions are the metric values that metricValuesFromStored (the function
 * recordAnswerContributions uses) returns for the answer's variant, inserted in bulk for opted-in
 * candidates; aggregates are then built from the contributions with the same pure
 * contributionDelta/combineDeltas that the live path applies, so lookups read the same numbers.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { combineDeltas, contributionDelta, emptyAggregate, type AggregateDelta } from "@/lib/benchmarks/aggregate";
import { getMetric } from "@/lib/benchmarks/catalogue";
import { metricValuesFromStored } from "@/lib/benchmarks/stored-values";
import { db } from "@/lib/db";
import { benchVariants } from "./fixtures";

export const VARIANTS = 200;
const BANKS = 4;
const QUESTIONS_PER_BANK = 5;
const SESSIONS_PER_CANDIDATE = 10;

export interface SeedPlan {
  prefix: string;
  candidates: number;
  answersPerCandidate: number;
  /** Issue CHECKPOINT after each slice (PGlite). */
  checkpoint: boolean;
}

export interface SeedResult {
  sessions: number;
  answers: number;
  contributions: number;
  aggregates: number;
  ms: Record<string, number>;
}

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

async function timed<T>(ms: Record<string, number>, label: string, run: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const out = await run();
  ms[label] = Math.round(performance.now() - t0);
  return out;
}

export async function seedReports(plan: SeedPlan, log: (line: string) => void): Promise<SeedResult> {
  const { prefix: p, candidates, answersPerCandidate } = plan;
  const perSession = answersPerCandidate / SESSIONS_PER_CANDIDATE;
  if (!Number.isInteger(perSession) || perSession > QUESTIONS_PER_BANK) throw new Error("answersPerCandidate must be 10 x 1..5");
  const ms: Record<string, number> = {};
  const x = db();
  const P = lit(p);

  await timed(ms, "variants", async () => {
    await x.$executeRawUnsafe(`DROP TABLE IF EXISTS "_bench_variant"; `);
    await x.$executeRawUnsafe(`CREATE TABLE "_bench_variant" (v int PRIMARY KEY, speech jsonb, vision jsonb, scores jsonb)`);
    await x.$executeRawUnsafe(`DROP TABLE IF EXISTS "_bench_variant_metric"`);
    await x.$executeRawUnsafe(`CREATE TABLE "_bench_variant_metric" (v int, metric text, value float8)`);
    const variants = benchVariants(VARIANTS);
    for (const [v, r] of variants.entries()) {
      await x.$executeRaw`INSERT INTO "_bench_variant" VALUES (${v}, ${JSON.stringify(r.speech)}::jsonb, ${JSON.stringify(r.vision)}::jsonb, ${JSON.stringify(r.scores)}::jsonb)`;
      for (const [metric, value] of metricValuesFromStored({ speechAnalysis: r.speech, visionSummary: r.vision, scores: r.scores })) {
        await x.$executeRaw`INSERT INTO "_bench_variant_metric" VALUES (${v}, ${metric}, ${value})`;
      }
    }
  });

  await timed(ms, "users+banks", async () => {
    await x.$executeRawUnsafe(`
      INSERT INTO "User" ("id","email","name","passwordHash","role","createdAt","updatedAt","lastActiveAt","shareWithCoaches","benchmarkOptIn")
      SELECT ${P}||'u'||g, ${P}||'-'||g||'@bench.test', 'Bench candidate '||g, 'not-a-hash', 'CANDIDATE',
             now() - interval '400 days', now(), now() - (g % 30) * interval '1 day', true, g % 2 = 0
      FROM generate_series(0, ${candidates - 1}) g`);
    await x.$executeRawUnsafe(`
      INSERT INTO "QuestionBank" ("id","slug","title","published","updatedAt")
      SELECT ${P}||'b'||b, ${P}||'-bank-'||b, 'Bench bank '||b, true, now() FROM generate_series(0, ${BANKS - 1}) b`);
    await x.$executeRawUnsafe(`
      INSERT INTO "Question" ("id","bankId","text","position","updatedAt")
      SELECT ${P}||'q'||b||'-'||q, ${P}||'b'||b, 'Bench question '||q||' of bank '||b||': tell me about a time you led a change.', q, now()
      FROM generate_series(0, ${BANKS - 1}) b, generate_series(0, ${QUESTIONS_PER_BANK - 1}) q`);
  });

  // Session s of candidate c started (10 - s) * 25 + c % 7 days ago; bank (c + s) % 4.
  const sessions = candidates * SESSIONS_PER_CANDIDATE;
  await timed(ms, "sessions", () =>
    x.$executeRawUnsafe(`
      INSERT INTO "InterviewSession" ("id","candidateId","bankId","mode","status","startedAt","completedAt","createdAt","updatedAt")
      SELECT ${P}||'s'||g, ${P}||'u'||(g / ${SESSIONS_PER_CANDIDATE}), ${P}||'b'||(((g / ${SESSIONS_PER_CANDIDATE}) + g % ${SESSIONS_PER_CANDIDATE}) % ${BANKS}),
             'LIVE', 'COMPLETED', t, t + interval '10 minutes', t, t
      FROM generate_series(0, ${sessions - 1}) g,
           LATERAL (SELECT now() - ((${SESSIONS_PER_CANDIDATE} - g % ${SESSIONS_PER_CANDIDATE}) * 25 + (g / ${SESSIONS_PER_CANDIDATE}) % 7) * interval '1 day' AS t) tt`),
  );

  // Answer g: candidate c = g / A, k = g % A (chronological), session c*10 + k / perSession, position k % perSession.
  const A = answersPerCandidate;
  const answerRows = (from: number, to: number) => `
      SELECT g, c, k, ${P}||'s'||(c * ${SESSIONS_PER_CANDIDATE} + k / ${perSession}) AS sid,
             ${P}||'q'||((c + k / ${perSession}) % ${BANKS})||'-'||(k % ${perSession}) AS qid,
             ${P}||'b'||((c + k / ${perSession}) % ${BANKS}) AS bid,
             LEAST(${VARIANTS - 1}, GREATEST(0, (k * ${VARIANTS}) / ${A} + (c % 41) - 20)) AS v,
             now() - ((${SESSIONS_PER_CANDIDATE} - k / ${perSession}) * 25 + c % 7) * interval '1 day' + (k % ${perSession}) * interval '2 minutes' AS t
      FROM generate_series(${from}, ${to - 1}) g, LATERAL (SELECT g / ${A} AS c, g % ${A} AS k) ck`;
  const total = candidates * A;
  const slice = 5_000;
  await timed(ms, "answers+contributions", async () => {
    for (let from = 0; from < total; from += slice) {
      const t0 = performance.now();
      const to = Math.min(total, from + slice);
      await x.$executeRawUnsafe(`
        INSERT INTO "Answer" ("id","sessionId","questionId","candidateId","position","status","startedAt","endedAt","durationSec",
                              "transcript","speechAnalysis","visionSummary","scores","scoringVersion","createdAt","updatedAt")
        SELECT ${P}||'a'||r.g, r.sid, r.qid, ${P}||'u'||r.c, r.k % ${perSession}, 'DONE', r.t, r.t + interval '62 seconds', 62,
               'so I led the migration and um we shipped it', bv.speech, bv.vision, bv.scores, bv.scores->>'version', r.t, r.t
        FROM (${answerRows(from, to)}) r JOIN "_bench_variant" bv ON bv.v = r.v`);
      await x.$executeRawUnsafe(`
        INSERT INTO "BenchmarkContribution" ("answerId","metric","value","questionId","bankId","createdAt")
        SELECT ${P}||'a'||r.g, m.metric, m.value, r.qid, r.bid, r.t
        FROM (${answerRows(from, to)}) r JOIN "_bench_variant_metric" m ON m.v = r.v
        WHERE r.c % 2 = 0`);
      // PGlite stalled past ~1 GB of un-checkpointed WAL (seen at ~60k answers); a checkpoint per
      // slice keeps the WAL small. PostgreSQL manages its own checkpoints (and may not grant CHECKPOINT).
      if (plan.checkpoint) await x.$executeRawUnsafe(`CHECKPOINT`);
      log(`  answers ${to.toLocaleString("en")} / ${total.toLocaleString("en")} (${Math.round(performance.now() - t0)} ms)`);
    }
  });

  const aggregates = await timed(ms, "aggregates", async () => {
    const groups = await x.$queryRawUnsafe<{ questionId: string; bankId: string; metric: string; value: number; n: number }[]>(`
      SELECT "questionId", "bankId", "metric", "value", count(*)::int AS n FROM "BenchmarkContribution"
      WHERE "answerId" LIKE ${lit(`${p}a%`)} GROUP BY 1, 2, 3, 4`);
    const byKey = new Map<string, { scope: "QUESTION" | "BANK"; scopeId: string; metric: string; delta: AggregateDelta }>();
    for (const g of groups) {
      const metric = getMetric(g.metric);
      if (!metric) continue;
      const one = contributionDelta(metric.bins, g.value);
      // n identical contributions = one delta scaled by n (what n calls of combineDeltas would give).
      const scaled: AggregateDelta = { count: one.count * g.n, sum: one.sum * g.n, sumSq: one.sumSq * g.n, histogram: one.histogram.map((h) => h * g.n) };
      for (const [scope, scopeId] of [["QUESTION", g.questionId], ["BANK", g.bankId]] as const) {
        const key = `${scope}:${scopeId}:${g.metric}`;
        const prev = byKey.get(key)?.delta ?? emptyAggregate(metric.bins);
        byKey.set(key, { scope, scopeId, metric: g.metric, delta: combineDeltas(prev, scaled) });
      }
    }
    const rows = [...byKey.values()].map((a) => ({ id: randomUUID(), scope: a.scope, scopeId: a.scopeId, metric: a.metric, ...a.delta }));
    await x.benchmarkAggregate.createMany({ data: rows });
    return rows.length;
  });

  await x.$executeRawUnsafe(`ANALYZE`);
  // Consistency check: every contribution is counted once in its question's aggregate.
  const [check] = await x.$queryRawUnsafe<{ contributions: number; optedIn: number; counted: number }[]>(`
    SELECT (SELECT count(*)::int FROM "BenchmarkContribution" WHERE "answerId" LIKE ${lit(`${p}a%`)}) AS "contributions",
           (SELECT count(DISTINCT "answerId")::int FROM "BenchmarkContribution" WHERE "answerId" LIKE ${lit(`${p}a%`)}) AS "optedIn",
           (SELECT coalesce(sum("count"), 0)::int FROM "BenchmarkAggregate" WHERE "scope" = 'QUESTION' AND "scopeId" LIKE ${lit(`${p}%`)}) AS "counted"`);
  if (!check || check.contributions !== check.counted) throw new Error(`aggregates do not match contributions: ${JSON.stringify(check)}`);
  const contributions = check.contributions;
  log(`  ${check.optedIn.toLocaleString("en")} opted-in answers contributed ${contributions.toLocaleString("en")} metric values`);
  return { sessions, answers: total, contributions, aggregates, ms };
}

/** Removes everything seedReports created (for a PostgreSQL database that outlives the run). */
export async function removeSeed(prefix: string): Promise<void> {
  const x = db();
  const like = lit(`${prefix}%`);
  await x.$executeRawUnsafe(`DELETE FROM "BenchmarkAggregate" WHERE "scopeId" LIKE ${like}`);
  await x.$executeRawUnsafe(`DELETE FROM "User" WHERE "id" LIKE ${like}`);
  await x.$executeRawUnsafe(`DELETE FROM "QuestionBank" WHERE "id" LIKE ${like}`);
  await x.$executeRawUnsafe(`DROP TABLE IF EXISTS "_bench_variant"`);
  await x.$executeRawUnsafe(`DROP TABLE IF EXISTS "_bench_variant_metric"`);
}
