import "server-only";
/** The candidate's progress dashboard (/dashboard), also readable by their sharing coach and admins (/coach/candidates/[id]). */
import { readableCandidatesWhere } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadAnswerPoints } from "./answer-points";
import { describeFirstVsNow, firstVsNow, metricSeries, rankQuestions, TREND_METRICS } from "./trends";

const SESSION_LIMIT = 20;

/**
 * Everything /dashboard shows a candidate. `candidateId` defaults to the viewer; anyone else's id
 * is filtered through readableCandidatesWhere, so a coach gets NOT_FOUND for a candidate who is not
 * assigned to them or not sharing.
 */
export async function getCandidateDashboard(viewer: Viewer, candidateId: string = viewer.id) {
  // A candidate's own dashboard needs no lookup: the filter would be "this id", and the viewer was
  // re-read from the database for this request (lib/auth/viewer.ts). One round trip fewer.
  const candidate =
    viewer.role === "CANDIDATE" && candidateId === viewer.id
      ? { id: viewer.id, name: viewer.name }
      : await db().user.findFirst({
          where: { AND: [{ id: candidateId }, readableCandidatesWhere(viewer)] },
          select: { id: true, name: true },
        });
  if (!candidate) throw new AppError("NOT_FOUND", "No such candidate, or you do not have access.");

  const [sessionCount, sessions, points, unread] = await Promise.all([
    db().interviewSession.count({ where: { candidateId } }),
    db().interviewSession.findMany({
      where: { candidateId },
      orderBy: { startedAt: "desc" },
      take: SESSION_LIMIT,
      select: {
        id: true,
        startedAt: true,
        status: true,
        bank: { select: { title: true } },
      },
    }),
    loadAnswerPoints(candidateId),
    db().coachComment.findMany({
      where: { readAt: null, answer: { candidateId } },
      select: { answer: { select: { sessionId: true, session: { select: { startedAt: true, bank: { select: { title: true } } } } } } },
      take: 1000,
    }),
  ]);

  // Counted with an explicit groupBy over these sessions: Prisma's relation _count with a filter
  // aggregates the whole Answer table first (measured: most of this service's time at 100k answers).
  const counts = await db().answer.groupBy({
    by: ["sessionId", "status"],
    where: { sessionId: { in: sessions.map((s) => s.id) }, status: { not: "SKIPPED" } },
    _count: { _all: true },
  });
  const answerCounts = new Map<string, { done: number; total: number }>();
  for (const c of counts) {
    const entry = answerCounts.get(c.sessionId) ?? { done: 0, total: 0 };
    entry.total += c._count._all;
    if (c.status === "DONE") entry.done += c._count._all;
    answerCounts.set(c.sessionId, entry);
  }

  const unreadBySession = new Map<string, { sessionId: string; count: number; startedAt: string; bankTitle: string }>();
  for (const { answer } of unread) {
    const entry = unreadBySession.get(answer.sessionId) ?? {
      sessionId: answer.sessionId,
      count: 0,
      startedAt: answer.session.startedAt.toISOString(),
      bankTitle: answer.session.bank.title,
    };
    entry.count += 1;
    unreadBySession.set(answer.sessionId, entry);
  }

  const trends = TREND_METRICS.map((metric) => {
    const change = firstVsNow(points, metric.id, 3, metric.digits);
    return {
      metric,
      series: metricSeries(points, metric.id),
      change: change && { ...change, text: describeFirstVsNow(change, metric, candidateId === viewer.id ? "your" : "their") },
    };
  });

  return {
    candidate,
    sessionCount,
    analysedAnswers: points.length,
    sessions: sessions.map((s) => ({
      id: s.id,
      startedAt: s.startedAt.toISOString(),
      status: s.status,
      bankTitle: s.bank.title,
      answersDone: answerCounts.get(s.id)?.done ?? 0,
      answersTotal: answerCounts.get(s.id)?.total ?? 0,
    })),
    trends,
    questions: rankQuestions(points, 3),
    unreadComments: {
      total: unread.length,
      sessions: [...unreadBySession.values()].sort((a, b) => (a.startedAt < b.startedAt ? 1 : -1)),
    },
  };
}

export type CandidateDashboard = Awaited<ReturnType<typeof getCandidateDashboard>>;
