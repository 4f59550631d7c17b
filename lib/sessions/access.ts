import "server-only";
import { canReadCandidate } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** The session's owner, if the viewer may read it (owner, their consenting coach, an admin). */
export async function assertCanReadSession(viewer: Viewer, sessionId: string): Promise<{ candidateId: string }> {
  const session = await db().interviewSession.findUnique({ where: { id: sessionId }, select: { candidateId: true } });
  if (!session || !(await canReadCandidate(viewer, session.candidateId))) {
    throw new AppError("NOT_FOUND", "No such session, or you do not have access.");
  }
  return session;
}
