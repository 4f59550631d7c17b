/**
 * SERVER CODE (database). Keeps BenchmarkAggregate rows in step with BenchmarkContribution rows.
 * Not marked "server-only" only because the db tests import it directly; import it from server
 * modules only.
 *
 * - recordAnswerContributions runs INSIDE the transaction that stores an answer's results, so an
 *   answer's aggregates change atomically with its scores.
 * - Aggregates are changed with one atomic upsert per (scope, scopeId, metric), in a fixed key
 *   order (no lost updates, no lock-order deadlocks between concurrent transactions). The SQL
 *   mirrors applyDelta in aggregate.ts; values are quantized so removal is exact (see there).
 * - Cascades are NOT enough: deleting an Answer or a User cascades to BenchmarkContribution but
 *   leaves the aggregates counting it, so call removeAnswerContributions /
 *   removeCandidateContributions in the same transaction BEFORE such deletes.
 */
import { randomUUID } from "node:crypto";
import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import { db, type Db } from "@/lib/db";
import { combineDeltas, contributionDelta, emptyAggregate, type AggregateDelta } from "./aggregate";
import { getMetric, METRICS, type MetricId } from "./catalogue";
import { cohortView, DEFAULT_MIN_COHORT, type CohortView } from "./cohort";
import { metricValuesFromStored } from "./stored-values";

/** The client an interactive transaction hands to its callback (db().$transaction(async (tx) => ...)). */
export type DbTx = Omit<Db, ITXClientDenyList>;

type Scope = "QUESTION" | "BANK";
interface Contribution {
  metric: string;
  value: number;
  questionId: string;
  bankId: string;
}

const keyOf = (scope: Scope, scopeId: string, metric: string) => `${scope}\u0000${scopeId}\u0000${metric}`;

/** Sum the per-aggregate changes of many contributions (sign +1 add, -1 remove). */
function collectDeltas(contributions: readonly Contribution[], sign: 1 | -1) {
  const deltas = new Map<string, { scope: Scope; scopeId: string; metric: string; delta: AggregateDelta }>();
  for (const c of contributions) {
    const metric = getMetric(c.metric);
    if (!metric) continue; // a metric retired from the catalogue: its rows are deleted, its aggregates left as they are
    const one = contributionDelta(metric.bins, c.value, sign);
    for (const [scope, scopeId] of [["QUESTION", c.questionId], ["BANK", c.bankId]] as const) {
      const key = keyOf(scope, scopeId, c.metric);
      const prev = deltas.get(key)?.delta ?? emptyAggregate(metric.bins);
      deltas.set(key, { scope, scopeId, metric: c.metric, delta: combineDeltas(prev, one) });
    }
  }
  return [...deltas.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, d]) => d);
}

const pgIntArray = (xs: readonly number[]) => `{${xs.map((x) => Math.trunc(x)).join(",")}}`;

async function applyDeltas(tx: DbTx, contributions: readonly Contribution[], sign: 1 | -1) {
  for (const { scope, scopeId, metric, delta } of collectDeltas(contributions, sign)) {
    const histogram = pgIntArray(delta.histogram);
    if (sign === 1) {
      await tx.$executeRaw`
        INSERT INTO "BenchmarkAggregate" ("id", "scope", "scopeId", "metric", "count", "sum", "sumSq", "histogram", "updatedAt")
        VALUES (${randomUUID()}, ${scope}::"BenchmarkScope", ${scopeId}, ${metric}, ${delta.count}, ${delta.sum}::float8,
                ${delta.sumSq}::float8, ${histogram}::integer[], now())
        ON CONFLICT ("scope", "scopeId", "metric") DO UPDATE SET
          "count" = "BenchmarkAggregate"."count" + EXCLUDED."count",
          "sum" = "BenchmarkAggregate"."sum" + EXCLUDED."sum",
          "sumSq" = "BenchmarkAggregate"."sumSq" + EXCLUDED."sumSq",
          "histogram" = (SELECT array_agg(COALESCE(a, 0) + COALESCE(b, 0) ORDER BY i)
                         FROM unnest("BenchmarkAggregate"."histogram", EXCLUDED."histogram") WITH ORDINALITY AS t(a, b, i)),
          "updatedAt" = now()`;
    } else {
      // Removal only ever touches rows that an earlier add created.
      await tx.$executeRaw`
        UPDATE "BenchmarkAggregate" SET
          "count" = "count" + ${delta.count},
          "sum" = "sum" + ${delta.sum}::float8,
          "sumSq" = "sumSq" + ${delta.sumSq}::float8,
          "histogram" = (SELECT array_agg(COALESCE(a, 0) + COALESCE(b, 0) ORDER BY i)
                         FROM unnest("histogram", ${histogram}::integer[]) WITH ORDINALITY AS t(a, b, i)),
          "updatedAt" = now()
        WHERE "scope" = ${scope}::"BenchmarkScope" AND "scopeId" = ${scopeId} AND "metric" = ${metric}`;
    }
  }
}

async function removeWhere(tx: DbTx, where: { answerId: string } | { answer: { candidateId: string } }): Promise<number> {
  const rows = await tx.benchmarkContribution.findMany({
    where,
    select: { answerId: true, metric: true, value: true, questionId: true, bankId: true },
  });
  if (rows.length === 0) return 0;
  await applyDeltas(tx, rows, -1);
  await tx.benchmarkContribution.deleteMany({ where });
  return rows.length;
}

/** Takes an answer out of every aggregate it was counted in. Returns the number of values removed. */
export function removeAnswerContributions(tx: DbTx, answerId: string): Promise<number> {
  return removeWhere(tx, { answerId });
}

/** Consent withdrawn or account about to be deleted: takes all of a candidate's answers out. */
export function removeCandidateContributions(tx: DbTx, candidateId: string): Promise<number> {
  return removeWhere(tx, { answer: { candidateId } });
}

export type RecordResult = { counted: number; removed: number; skipped?: "not-opted-in" };

/**
 * (Re)counts one answer: removes whatever it contributed before, then, if its candidate has opted
 * in, adds each catalogue metric its stored results support to the question and bank aggregates.
 */
export async function recordAnswerContributions(tx: DbTx, answerId: string): Promise<RecordResult> {
  const removed = await removeAnswerContributions(tx, answerId);
  const answer = await tx.answer.findUniqueOrThrow({
    where: { id: answerId },
    select: {
      questionId: true,
      speechAnalysis: true,
      visionSummary: true,
      scores: true,
      session: { select: { bankId: true } },
      candidate: { select: { benchmarkOptIn: true } },
    },
  });
  if (!answer.candidate.benchmarkOptIn) return { counted: 0, removed, skipped: "not-opted-in" };
  const values = metricValuesFromStored({ ...answer, id: answerId });
  const rows: Contribution[] = [...values].map(([metric, value]) => ({
    metric,
    value,
    questionId: answer.questionId,
    bankId: answer.session.bankId,
  }));
  if (rows.length === 0) return { counted: 0, removed };
  await tx.benchmarkContribution.createMany({ data: rows.map((r) => ({ ...r, answerId })) });
  await applyDeltas(tx, rows, 1);
  return { counted: rows.length, removed };
}

export type PercentileLookup = Partial<Record<MetricId, { question: CohortView; bank: CohortView }>>;

type MetricValues = Partial<Record<MetricId, number>> | ReadonlyMap<MetricId, number>;

/** One answer's values to place, for lookupPercentilesMany. */
export interface PercentileRequest {
  questionId: string;
  bankId: string;
  values: MetricValues;
}

function wantedValues(values: MetricValues): [MetricId, number][] {
  const entries = (values instanceof Map ? [...values] : Object.entries(values)) as [MetricId, number | undefined][];
  return entries.filter((e): e is [MetricId, number] => typeof e[1] === "number" && getMetric(e[0]) !== undefined);
}

/**
 * Where each value sits among consenting candidates' answers to the same question and the same
 * bank, for several answers at once (a report's): one indexed read of the aggregate rows they
 * need, never a scan of contributions, and one round trip however many answers there are.
 */
export async function lookupPercentilesMany(
  requests: readonly PercentileRequest[],
  options: { minCohort?: number; client?: DbTx } = {},
): Promise<PercentileLookup[]> {
  const wanted = requests.map((request) => wantedValues(request.values));
  const metrics = [...new Set(wanted.flatMap((values) => values.map(([metric]) => metric)))];
  // One short statement (a few more rows than needed at most): a filter per answer and scope made
  // the SQL, and Prisma's plan-cache key, grow with every answer.
  const rows = metrics.length
    ? await (options.client ?? db()).benchmarkAggregate.findMany({
        where: {
          metric: { in: metrics },
          OR: [
            { scope: "QUESTION", scopeId: { in: [...new Set(requests.map((r) => r.questionId))] } },
            { scope: "BANK", scopeId: { in: [...new Set(requests.map((r) => r.bankId))] } },
          ],
        },
        select: { scope: true, scopeId: true, metric: true, count: true, sum: true, sumSq: true, histogram: true },
      })
    : [];
  const byKey = new Map(rows.map((row) => [keyOf(row.scope, row.scopeId, row.metric), row]));
  const find = (scope: Scope, scopeId: string, metric: string) => {
    const row = byKey.get(keyOf(scope, scopeId, metric));
    return row ? { ...row, metric } : { ...emptyAggregate(getMetric(metric)!.bins), metric };
  };
  const minCohort = options.minCohort ?? DEFAULT_MIN_COHORT;
  return requests.map((request, i) => {
    const out: PercentileLookup = {};
    for (const [metric, value] of wanted[i]!) {
      out[metric] = {
        question: cohortView(find("QUESTION", request.questionId, metric), value, minCohort),
        bank: cohortView(find("BANK", request.bankId, metric), value, minCohort),
      };
    }
    return out;
  });
}

/** lookupPercentilesMany for one answer. */
export async function lookupPercentiles(
  questionId: string,
  bankId: string,
  values: MetricValues,
  options: { minCohort?: number; client?: DbTx } = {},
): Promise<PercentileLookup> {
  const [lookup] = await lookupPercentilesMany([{ questionId, bankId, values }], options);
  return lookup!;
}

/** All catalogue metric ids, e.g. for a page that lists every benchmark. */
export const BENCHMARK_METRIC_IDS: readonly MetricId[] = METRICS.map((m) => m.id);
