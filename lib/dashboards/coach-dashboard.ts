import "server-only";
/**
 * The coach's view (/coach): their candidates, assigned AND sharing only (readableCandidatesWhere),
 * with activity, sparklines of key metrics and open items.
 */
import { readableCandidatesWhere } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/viewer";
import type { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadAnswerPointsByCandidate } from "./answer-points";
import { sparkline, TREND_METRICS } from "./trends";

/** Key metrics shown as sparklines on the coach's table. */
export const COACH_SPARKLINE_METRICS = ["speech.wpm", "speech.fillers-per-100-words", "vision.eye-contact"] as const;
const SPARKLINE_ANSWERS = 10;
const RECENT_SESSIONS = 3;

export async function getCoachDashboard(viewer: Viewer) {
  // Admins do not read candidates' reports (lib/auth/access.ts): this page is for coaches only.
  if (viewer.role !== "COACH") throw new AppError("FORBIDDEN", "Only coaches have candidates.");
  const where: Prisma.UserWhereInput = readableCandidatesWhere(viewer);
  const [candidates, pendingShares] = await Promise.all([
    db().user.findMany({
      where,
      orderBy: [{ lastActiveAt: { sort: "desc", nulls: "last" } }, { name: "asc" }],
      select: {
        id: true,
        name: true,
        email: true,
        lastActiveAt: true,
        sessions: {
          orderBy: { startedAt: "desc" },
          take: RECENT_SESSIONS,
          select: { id: true, startedAt: true, status: true, bank: { select: { title: true } } },
        },
      },
    }),
    db().coachAssignment.count({ where: { coachId: viewer.id, candidate: { shareWithCoaches: false } } }),
  ]);

  // A fixed number of queries however many candidates (no per-candidate round trips).
  const ids = candidates.map((c) => c.id);
  const [points, comments, failed, awaiting, sessionCounts] = await Promise.all([
    loadAnswerPointsByCandidate(ids, { recent: SPARKLINE_ANSWERS, earliest: 0 }),
    db().coachComment.findMany({
      where: { authorId: viewer.id, answer: { candidateId: { in: ids } } },
      select: { createdAt: true, readAt: true, answer: { select: { candidateId: true } } },
    }),
    db().answer.groupBy({ by: ["candidateId"], where: { candidateId: { in: ids }, status: "FAILED" }, _count: { _all: true } }),
    // Open item for the coach: analysed answers newer than the last comment they wrote for that candidate.
    ids.length === 0
      ? Promise.resolve([])
      : db().$queryRaw<{ candidateId: string; n: number }[]>`
          SELECT a."candidateId", count(*)::int AS "n"
          FROM "Answer" a
          LEFT JOIN (
            SELECT an."candidateId", max(c."createdAt") AS "last"
            FROM "CoachComment" c JOIN "Answer" an ON an."id" = c."answerId"
            WHERE c."authorId" = ${viewer.id} GROUP BY an."candidateId"
          ) l ON l."candidateId" = a."candidateId"
          WHERE a."candidateId" = ANY(${ids}::text[]) AND a."status" = 'DONE' AND (l."last" IS NULL OR a."createdAt" > l."last")
          GROUP BY a."candidateId"`,
    // Not a relation _count: Prisma would aggregate every session in the table first.
    db().interviewSession.groupBy({ by: ["candidateId"], where: { candidateId: { in: ids } }, _count: { _all: true } }),
  ]);
  const sessionsBy = new Map(sessionCounts.map((s) => [s.candidateId, s._count._all]));
  const unreadBy = new Map<string, number>();
  for (const c of comments) if (c.readAt === null) unreadBy.set(c.answer.candidateId, (unreadBy.get(c.answer.candidateId) ?? 0) + 1);
  const failedBy = new Map(failed.map((f) => [f.candidateId, f._count._all]));
  const awaitingBy = new Map(awaiting.map((a) => [a.candidateId, Number(a.n)]));

  const rows = candidates.map((c) => {
    const lastSession = c.sessions[0];
    const lastActivity = [c.lastActiveAt, lastSession?.startedAt]
      .filter((d): d is Date => d instanceof Date)
      .sort((a, b) => b.getTime() - a.getTime())[0];
    const own = points.get(c.id) ?? [];
    return {
      id: c.id,
      name: c.name,
      email: c.email,
      lastActivity: lastActivity?.toISOString() ?? null,
      sessionCount: sessionsBy.get(c.id) ?? 0,
      recentSessions: c.sessions.map((s) => ({ id: s.id, startedAt: s.startedAt.toISOString(), status: s.status, bankTitle: s.bank.title })),
      sparklines: COACH_SPARKLINE_METRICS.map((id) => ({
        metric: TREND_METRICS.find((m) => m.id === id)!,
        values: sparkline(own, id, SPARKLINE_ANSWERS),
      })),
      awaitingFeedback: awaitingBy.get(c.id) ?? 0,
      unreadByCandidate: unreadBy.get(c.id) ?? 0,
      failedAnswers: failedBy.get(c.id) ?? 0,
    };
  });
  return { candidates: rows, pendingShares };
}

export type CoachDashboard = Awaited<ReturnType<typeof getCoachDashboard>>;
