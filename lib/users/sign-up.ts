import "server-only";
import type { z } from "zod";
import { consumeEmailToken, issueEmailToken } from "@/lib/auth/email-tokens";
import { hashPassword } from "@/lib/auth/passwords";
import { admitMailTo } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { alreadyRegisteredMail, confirmSignUpMail } from "@/lib/mail/account-mails";
import type { MailMessage } from "@/lib/mail/message";
import type { signUpSchema } from "@/lib/schemas/auth";

/**
 * Starts a sign-up and returns the one e-mail to send, or null when this address has had its
 * hourly share. The visitor has already read the same answer whatever this returns ("check
 * your inbox"; it runs after the response): a new address gets a confirmation link, an address
 * with an account gets a note saying so, sent to its owner, so only whoever reads the mailbox
 * learns that the account exists.
 */
export async function requestSignUp(input: z.infer<typeof signUpSchema>, origin: string): Promise<MailMessage | null> {
  if (!(await admitMailTo(input.email)).ok) return null;
  const existing = await db().user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) return alreadyRegisteredMail(input.email, origin);
  const passwordHash = await hashPassword(input.password);
  const token = await issueEmailToken("SIGN_UP", { email: input.email, name: input.name, passwordHash });
  return confirmSignUpMail(input.email, `${origin}/sign-up/confirm?token=${token}`);
}

export type SignUpConfirmation =
  | { ok: true; user: { id: string; email: string; name: string; role: "CANDIDATE"; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "taken" };

/**
 * Creates the account a confirmation link was sent for; new accounts are always candidates
 * (only an admin makes someone a coach or an admin). The link is used up first, so two clicks
 * on it cannot both create; "taken" when the address got an account meanwhile (an earlier link).
 */
export async function confirmSignUp(token: string): Promise<SignUpConfirmation> {
  const pending = await consumeEmailToken("SIGN_UP", token);
  if (!pending?.name || !pending.passwordHash) return { ok: false, reason: "invalid" };
  try {
    const user = await db().user.create({
      data: { name: pending.name, email: pending.email, passwordHash: pending.passwordHash, role: "CANDIDATE" },
      select: { id: true, email: true, name: true, sessionVersion: true },
    });
    // Other links for this address would only ever answer "taken" now.
    await db().emailToken.deleteMany({ where: { purpose: "SIGN_UP", email: pending.email } });
    return { ok: true, user: { ...user, role: "CANDIDATE" } };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, reason: "taken" };
    throw error;
  }
}
