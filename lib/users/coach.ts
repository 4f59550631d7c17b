import "server-only";
import { readableCandidatesWhere } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** A coach's candidates: assigned to them AND sharing with their coaches. Nobody else, ever. */
export async function listCoachCandidates(viewer: Viewer) {
  if (viewer.role !== "COACH" && viewer.role !== "ADMIN") {
    throw new AppError("FORBIDDEN", "Only coaches have candidates.");
  }
  const where = viewer.role === "COACH" ? readableCandidatesWhere(viewer) : { role: "CANDIDATE" as const, coachedBy: { some: {} } };
  const candidates = await db().user.findMany({
    where,
    orderBy: [{ lastActiveAt: { sort: "desc", nulls: "last" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      lastActiveAt: true,
      sessions: { orderBy: { startedAt: "desc" }, take: 1, select: { startedAt: true, bank: { select: { title: true } } } },
      _count: { select: { sessions: true } },
    },
  });
  const pendingShares =
    viewer.role === "COACH"
      ? await db().coachAssignment.count({ where: { coachId: viewer.id, candidate: { shareWithCoaches: false } } })
      : 0;
  return { candidates, pendingShares };
}
