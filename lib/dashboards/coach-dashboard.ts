import "server-only";
/**
 * The coach's view (/coach): their candidates, assigned AND sharing only (readableCandidatesWhere),
 * with activity, sparklines of key metrics and open items. Supersedes lib/users/coach.ts for the page.
 */
import { readableCandidatesWhere } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/viewer";
import type { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadAnswerPoints } from "./answer-points";
import { sparkline, TREND_METRICS } from "./trends";

/** Key metrics shown as sparklines on the coach's table. */
export const COACH_SPARKLINE_METRICS = ["speech.wpm", "speech.fillers-per-100-words", "vision.eye-contact"] as const;
const SPARKLINE_ANSWERS = 10;
const RECENT_SESSIONS = 3;

export async function getCoachDashboard(viewer: Viewer) {
  if (viewer.role !== "COACH" && viewer.role !== "ADMIN") {
    throw new AppError("FORBIDDEN", "Only coaches have candidates.");
  }
  // An admin sees every candidate who has a coach (the same rule as before this page existed).
  const where: Prisma.UserWhereInput =
    viewer.role === "COACH" ? readableCandidatesWhere(viewer) : { ...readableCandidatesWhere(viewer), coachedBy: { some: {} } };
  const [candidates, pendingShares] = await Promise.all([
    db().user.findMany({
      where,
      orderBy: [{ lastActiveAt: { sort: "desc", nulls: "last" } }, { name: "asc" }],
      select: {
        id: true,
        name: true,
        email: true,
        lastActiveAt: true,
        _count: { select: { sessions: true } },
        sessions: {
          orderBy: { startedAt: "desc" },
          take: RECENT_SESSIONS,
          select: { id: true, startedAt: true, status: true, bank: { select: { title: true } } },
        },
      },
    }),
    viewer.role === "COACH"
      ? db().coachAssignment.count({ where: { coachId: viewer.id, candidate: { shareWithCoaches: false } } })
      : Promise.resolve(0),
  ]);

  const rows = await Promise.all(
    candidates.map(async (c) => {
      const [points, latestComment, unreadByCandidate, failed] = await Promise.all([
        loadAnswerPoints(c.id, { recent: SPARKLINE_ANSWERS, earliest: 0 }),
        db().coachComment.findFirst({
          where: { authorId: viewer.id, answer: { candidateId: c.id } },
          orderBy: { createdAt: "desc" },
          select: { createdAt: true },
        }),
        db().coachComment.count({ where: { authorId: viewer.id, readAt: null, answer: { candidateId: c.id } } }),
        db().answer.count({ where: { candidateId: c.id, status: "FAILED" } }),
      ]);
      // Open item for the coach: analysed answers newer than the last comment they wrote for this candidate.
      const awaitingFeedback = await db().answer.count({
        where: { candidateId: c.id, status: "DONE", ...(latestComment ? { createdAt: { gt: latestComment.createdAt } } : {}) },
      });
      const lastSession = c.sessions[0];
      const lastActivity = [c.lastActiveAt, lastSession?.startedAt].filter((d): d is Date => d instanceof Date).sort((a, b) => b.getTime() - a.getTime())[0];
      return {
        id: c.id,
        name: c.name,
        email: c.email,
        lastActivity: lastActivity?.toISOString() ?? null,
        sessionCount: c._count.sessions,
        recentSessions: c.sessions.map((s) => ({ id: s.id, startedAt: s.startedAt.toISOString(), status: s.status, bankTitle: s.bank.title })),
        sparklines: COACH_SPARKLINE_METRICS.map((id) => ({
          metric: TREND_METRICS.find((m) => m.id === id)!,
          values: sparkline(points, id, SPARKLINE_ANSWERS),
        })),
        awaitingFeedback,
        unreadByCandidate,
        failedAnswers: failed,
      };
    }),
  );
  return { candidates: rows, pendingShares };
}

export type CoachDashboard = Awaited<ReturnType<typeof getCoachDashboard>>;
