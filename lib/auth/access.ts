import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { db, type Role } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Viewer } from "./viewer";

/**
 * The candidates whose practice data (reports, transcripts, media) a viewer may read, as a Prisma
 * filter every service applies itself: a candidate only themselves; a coach only candidates
 * assigned to them who chose to share; an admin nobody. Admins run banks, users and system
 * health; the consent screen promises candidates that only they and the coaches they share with
 * see their results, and this is where that promise is kept.
 */
export function readableCandidatesWhere(viewer: Viewer): Prisma.UserWhereInput {
  switch (viewer.role) {
    case "ADMIN":
      return { id: { in: [] } };
    case "COACH":
      return { role: "CANDIDATE", shareWithCoaches: true, coachedBy: { some: { coachId: viewer.id } } };
    case "CANDIDATE":
      return { id: viewer.id };
  }
}

export async function canReadCandidate(viewer: Viewer, candidateId: string): Promise<boolean> {
  if (viewer.role === "CANDIDATE") return viewer.id === candidateId;
  if (viewer.role === "ADMIN") return false;
  const match = await db().user.count({ where: { AND: [{ id: candidateId }, readableCandidatesWhere(viewer)] } });
  return match > 0;
}

/**
 * Throws NOT_FOUND rather than FORBIDDEN for other people's data, so ids cannot be probed
 * for existence.
 */
export async function assertCanReadCandidate(viewer: Viewer, candidateId: string): Promise<void> {
  if (!(await canReadCandidate(viewer, candidateId))) {
    throw new AppError("NOT_FOUND", "No such candidate, or you do not have access.");
  }
}

/** Services check the role themselves (the page or action may have too): 403 with `message` otherwise. */
export function assertRole(viewer: Viewer, role: Role, message: string): void {
  if (viewer.role !== role) throw new AppError("FORBIDDEN", message);
}

/** Only the candidate writes their own practice data (answers, consent, uploads). */
export function assertIsOwner(viewer: Viewer, candidateId: string): void {
  if (viewer.id !== candidateId) throw new AppError("NOT_FOUND", "Not found, or it is not yours.");
}
