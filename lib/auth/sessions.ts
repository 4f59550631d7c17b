import "server-only";
import { db } from "@/lib/db";

/**
 * Ends every session of this account at its next request (lib/auth/config.ts compares the
 * version in the cookie with this one). Sessions are stateless JWTs, so this per-user version
 * is what makes sign-out, "sign out everywhere" and a password change take effect at once.
 */
export async function endAllSessions(userId: string): Promise<void> {
  await db().user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
