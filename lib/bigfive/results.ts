import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { bigFiveScoresSchema, cohortDistribution, describeScores, DOMAINS, scaled, scoreAnswers, type BigFiveAnswers, type DomainId } from "./inventory";

/** At most this many candidates' latest results make up the cohort distribution. */
const COHORT_LIMIT = 5000;

export async function saveBigFiveResult(viewer: Viewer, answers: BigFiveAnswers) {
  if (viewer.role !== "CANDIDATE") throw new AppError("FORBIDDEN", "The questionnaire is for candidates.");
  const scores = scoreAnswers(answers);
  return db().bigFiveResult.create({ data: { userId: viewer.id, answers, scores }, select: { id: true, createdAt: true } });
}

export type DomainCohort =
  | { status: "ok"; n: number; bins: number[]; percentile: number | null }
  | { status: "insufficient"; n: number; needed: number };

/**
 * Each consenting candidate's latest result (benchmark opt-in, as for every comparison), the
 * viewer's own left out; shown only from BENCHMARK_MIN_COHORT candidates up.
 */
async function cohortFor(viewerId: string, values: Record<DomainId, number>): Promise<Record<DomainId, DomainCohort>> {
  const rows = await db().bigFiveResult.findMany({
    where: { userId: { not: viewerId }, user: { benchmarkOptIn: true } },
    orderBy: { createdAt: "desc" },
    distinct: ["userId"],
    take: COHORT_LIMIT,
    select: { scores: true },
  });
  const parsed = rows.flatMap((row) => {
    const scores = bigFiveScoresSchema.safeParse(row.scores);
    return scores.success ? [scores.data] : [];
  });
  return Object.fromEntries(
    DOMAINS.map((domain) => {
      const cohort = parsed.map((scores) => scaled(scores[domain].score, scores[domain].count));
      if (cohort.length < env.BENCHMARK_MIN_COHORT) return [domain, { status: "insufficient", n: cohort.length, needed: env.BENCHMARK_MIN_COHORT - cohort.length }];
      return [domain, { status: "ok", ...cohortDistribution(cohort, values[domain]) }];
    }),
  ) as Record<DomainId, DomainCohort>;
}

/** The viewer's latest result, described, with the dates of earlier ones and the cohort view. */
export async function getBigFiveOverview(viewer: Viewer) {
  const results = await db().bigFiveResult.findMany({
    where: { userId: viewer.id },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, createdAt: true, scores: true },
  });
  const latest = results[0];
  const scores = latest ? bigFiveScoresSchema.safeParse(latest.scores) : null;
  if (!latest || !scores?.success) return { latest: null, history: [] };
  const domains = describeScores(scores.data);
  const values = Object.fromEntries(domains.map((d) => [d.domain, d.value])) as Record<DomainId, number>;
  return {
    latest: { id: latest.id, createdAt: latest.createdAt, domains, cohort: await cohortFor(viewer.id, values) },
    history: results.map((result) => ({ id: result.id, createdAt: result.createdAt })),
  };
}
