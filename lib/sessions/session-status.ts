import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { assertCanReadSession } from "./access";

export async function getSessionStatus(viewer: Viewer, sessionId: string) {
  await assertCanReadSession(viewer, sessionId);
  const answers = await db().answer.findMany({
    where: { sessionId },
    orderBy: { position: "asc" },
    select: { id: true, position: true, status: true, progress: true, failureCode: true, failureReason: true },
  });
  const pending = answers.some((answer) => ["RECORDED", "QUEUED", "PROCESSING"].includes(answer.status));
  return { sessionId, pending, answers };
}
