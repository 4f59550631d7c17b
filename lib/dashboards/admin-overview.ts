import "server-only";
import { assertRole } from "@/lib/auth/access";
/** The admin overview (/admin, and the tiles on /dashboard): activity, analysis health, users. */
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { fillDays } from "./trends";

const DAYS = 30;

const assertAdmin = (viewer: Viewer) => assertRole(viewer, "ADMIN", "Only administrators see the overview.");

/** Counts for the compact tiles on /dashboard. */
export async function getAdminTiles(viewer: Viewer) {
  assertAdmin(viewer);
  const [users, banks, questions, sessions] = await Promise.all([
    db().user.groupBy({ by: ["role"], _count: { _all: true } }),
    db().questionBank.count({ where: { archivedAt: null } }),
    db().question.count({ where: { archivedAt: null } }),
    db().interviewSession.count(),
  ]);
  const byRole = Object.fromEntries(users.map((group) => [group.role, group._count._all]));
  return {
    usersByRole: { CANDIDATE: byRole.CANDIDATE ?? 0, COACH: byRole.COACH ?? 0, ADMIN: byRole.ADMIN ?? 0 },
    banks,
    questions,
    sessions,
  };
}

export async function getAdminOverview(viewer: Viewer, now: Date = new Date()) {
  const tiles = await getAdminTiles(viewer);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const since = new Date(today - (DAYS - 1) * 86_400_000);
  const until = new Date(today + 86_400_000);
  const [perDay, failures, queue] = await Promise.all([
    // Grouped in the database: a month of sessions can be large; only 30 rows come back.
    db().$queryRaw<{ day: string; count: number }[]>`
      SELECT to_char(("startedAt" AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD') AS "day", count(*)::int AS "count"
      FROM "InterviewSession" WHERE "startedAt" >= ${since} AND "startedAt" < ${until} GROUP BY 1`,
    db().analysisJob.groupBy({
      by: ["errorCode"],
      where: { status: "FAILED" },
      _count: { _all: true },
      _max: { finishedAt: true },
    }),
    db().analysisJob.groupBy({ by: ["status"], where: { status: { in: ["QUEUED", "RUNNING"] } }, _count: { _all: true } }),
  ]);
  const failureRows = await Promise.all(
    failures.map(async (f) => {
      const latest = await db().analysisJob.findFirst({
        where: { status: "FAILED", errorCode: f.errorCode },
        orderBy: [{ finishedAt: { sort: "desc", nulls: "last" } }, { queuedAt: "desc" }],
        select: { error: true, name: true, finishedAt: true, queuedAt: true },
      });
      return {
        errorCode: f.errorCode ?? "UNKNOWN",
        count: f._count._all,
        latestMessage: latest?.error ?? null,
        latestJob: latest?.name ?? null,
        latestAt: (latest?.finishedAt ?? latest?.queuedAt)?.toISOString() ?? null,
      };
    }),
  );
  const queueBy = Object.fromEntries(queue.map((q) => [q.status, q._count._all]));
  return {
    ...tiles,
    sessionsPerDay: fillDays(new Map(perDay.map((r) => [r.day, Number(r.count)])), now, DAYS),
    failures: failureRows.sort((a, b) => b.count - a.count || a.errorCode.localeCompare(b.errorCode)),
    queue: { queued: queueBy.QUEUED ?? 0, running: queueBy.RUNNING ?? 0 },
  };
}

export type AdminOverview = Awaited<ReturnType<typeof getAdminOverview>>;
