import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { passwordResetMail } from "@/lib/mail/account-mails";
import { newPasswordTwice, passwordsAgree } from "@/lib/schemas/auth";
import type { MailMessage } from "@/lib/mail/message";
import { consumeEmailToken, emailTokenSchema, findEmailToken, issueEmailToken } from "./email-tokens";
import { hashPassword } from "./passwords";
import { passwordWeakness } from "./password-strength";
import { accountIpKey, admitMailTo } from "./throttle";

export const resetPasswordSchema = z.object({ token: emailTokenSchema, ...newPasswordTwice }).refine(...passwordsAgree);

/**
 * The reset e-mail for this address, or null: no account, or its hourly share of mail is used.
 * The visitor is told the same ("if an account uses this address...") either way.
 */
export async function requestPasswordReset(email: string, origin: string): Promise<MailMessage | null> {
  if (!(await admitMailTo(email)).ok) return null;
  const user = await db().user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return null;
  const token = await issueEmailToken("PASSWORD_RESET", { email, userId: user.id });
  return passwordResetMail(email, `${origin}/reset-password?token=${token}`);
}

/**
 * Sets a new password from a reset link and ends every session of the account. A refused
 * password leaves the link working; a used one works no more, nor do the account's other reset
 * links. The address's own sign-in counter is cleared: reading the mailbox proves the owner.
 */
export async function resetPassword(input: z.infer<typeof resetPasswordSchema>, ip: string): Promise<{ email: string } | "invalid"> {
  const pending = await findEmailToken("PASSWORD_RESET", input.token);
  if (!pending?.userId) return "invalid";
  const user = await db().user.findUnique({ where: { id: pending.userId }, select: { name: true, email: true } });
  if (!user) return "invalid";
  const weakness = passwordWeakness(input.newPassword, [user.email, user.name]);
  if (weakness) throw new AppError("INVALID_INPUT", weakness);
  const passwordHash = await hashPassword(input.newPassword);
  const used = await consumeEmailToken("PASSWORD_RESET", input.token);
  if (!used?.userId) return "invalid";
  await db().$transaction([
    db().user.update({ where: { id: used.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } }),
    db().emailToken.deleteMany({ where: { purpose: "PASSWORD_RESET", userId: used.userId } }),
    db().authThrottle.deleteMany({ where: { key: accountIpKey(user.email, ip) } }),
  ]);
  return { email: user.email };
}
