import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { newPasswordTwice, passwordsAgree } from "@/lib/schemas/auth";
import { hashPassword, verifyPassword } from "./passwords";
import { passwordWeakness } from "./password-strength";
import { admitSignIn, signInSucceeded } from "./throttle";
import { describeWait } from "./throttle-policy";
import type { Viewer } from "./viewer";

export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1, "Enter your current password.").max(200), ...newPasswordTwice })
  .refine(...passwordsAgree);

/**
 * Checks the current password under the sign-in throttle (a stolen session must not become a
 * way to guess it), stores the new hash and ends every session, this one included.
 */
export async function changePassword(viewer: Viewer, input: z.infer<typeof changePasswordSchema>, ip: string): Promise<void> {
  const admission = await admitSignIn(viewer.email, ip);
  if (!admission.ok) throw new AppError("RATE_LIMITED", `Too many attempts. Wait ${describeWait(admission.retryAfterMs)}.`);
  const user = await db().user.findUnique({ where: { id: viewer.id }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("INVALID_INPUT", "Your current password is not right.");
  }
  await signInSucceeded(viewer.email, ip);
  const weakness = passwordWeakness(input.newPassword, [viewer.email, viewer.name]);
  if (weakness) throw new AppError("INVALID_INPUT", weakness);
  await db().user.update({
    where: { id: viewer.id },
    data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 } },
  });
}
