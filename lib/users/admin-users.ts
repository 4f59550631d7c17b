import "server-only";
import { assertRole } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/viewer";
import { db, type Role } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";

export const USERS_PAGE_SIZE = 25;

const assertAdmin = (viewer: Viewer) => assertRole(viewer, "ADMIN", "Only admins manage users.");

export async function searchUsers(viewer: Viewer, { q, role, page }: { q: string; role?: Role; page: number }) {
  assertAdmin(viewer);
  const where: Prisma.UserWhereInput = {
    ...(role ? { role } : {}),
    ...(q
      ? { OR: [{ email: { contains: q, mode: "insensitive" } }, { name: { contains: q, mode: "insensitive" } }] }
      : {}),
  };
  const [total, users] = await Promise.all([
    db().user.count({ where }),
    db().user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        createdAt: true,
        lastActiveAt: true,
        shareWithCoaches: true,
        coachedBy: { select: { coach: { select: { id: true, name: true } } } },
        _count: { select: { sessions: true, coaching: true } },
      },
    }),
  ]);
  return { total, page, pageCount: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)), users };
}

export async function listCoaches(viewer: Viewer) {
  assertAdmin(viewer);
  return db().user.findMany({ where: { role: "COACH" }, orderBy: { name: "asc" }, select: { id: true, name: true, email: true } });
}

export async function changeRole(viewer: Viewer, userId: string, role: Role) {
  assertAdmin(viewer);
  if (userId === viewer.id && role !== "ADMIN") {
    throw new AppError("CONFLICT", "You cannot remove your own admin role; ask another admin.");
  }
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!user) throw new AppError("NOT_FOUND", "No such user.");
    await tx.user.update({ where: { id: userId }, data: { role } });
    // Assignments only make sense coach -> candidate: drop the ones the new role invalidates.
    if (role !== "COACH") await tx.coachAssignment.deleteMany({ where: { coachId: userId } });
    if (role !== "CANDIDATE") await tx.coachAssignment.deleteMany({ where: { candidateId: userId } });
  });
}

export async function assignCoach(viewer: Viewer, coachId: string, candidateId: string) {
  assertAdmin(viewer);
  const users = await db().user.findMany({ where: { id: { in: [coachId, candidateId] } }, select: { id: true, role: true } });
  const coach = users.find((u) => u.id === coachId);
  const candidate = users.find((u) => u.id === candidateId);
  if (coach?.role !== "COACH") throw new AppError("INVALID_INPUT", "Choose a user with the coach role.");
  if (candidate?.role !== "CANDIDATE") throw new AppError("INVALID_INPUT", "Only candidates can be assigned a coach.");
  await db().coachAssignment.upsert({
    where: { coachId_candidateId: { coachId, candidateId } },
    create: { coachId, candidateId },
    update: {},
  });
}

export async function unassignCoach(viewer: Viewer, coachId: string, candidateId: string) {
  assertAdmin(viewer);
  await db().coachAssignment.deleteMany({ where: { coachId, candidateId } });
}
