"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { after } from "next/server";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/action";
import { formDataToObject } from "@/lib/actions/action";
import { signIn, signOut } from "@/lib/auth";
import { SIGN_UP_LINK_PROVIDER } from "@/lib/auth/config";
import { emailTokenSchema } from "@/lib/auth/email-tokens";
import { requestPasswordReset, resetPassword, resetPasswordSchema } from "@/lib/auth/password-reset";
import { clientIp } from "@/lib/auth/credentials";
import { passwordWeakness } from "@/lib/auth/password-strength";
import { endAllSessions } from "@/lib/auth/sessions";
import { admitResetRequest, admitSignUp } from "@/lib/auth/throttle";
import { describeWait } from "@/lib/auth/throttle-policy";
import { getViewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { appOrigin } from "@/lib/http/app-origin";
import type { MailMessage } from "@/lib/mail/message";
import { mailDelivery, sendMail, type MailDelivery } from "@/lib/mail/send";
import { emailSchema, signInSchema, signUpSchema } from "@/lib/schemas/auth";
import { requestSignUp } from "@/lib/users/sign-up";

const redirectSchema = z
  .string()
  // Only same-site paths: never redirect to another origin after signing in.
  .regex(/^\/(?!\/)[^\s]*$/)
  .catch("/dashboard");

function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
  return fieldErrors;
}

/** Auth.js hands an action only the error's `code` (lib/auth/credentials.ts puts the reason there). */
function authErrorCode(error: AuthError): string {
  return "code" in error && typeof error.code === "string" ? error.code : "";
}

async function signInOrExplain(email: string, password: string, redirectTo: string): Promise<ActionResult<never>> {
  try {
    await signIn("credentials", { email, password, redirectTo });
    return { ok: false, message: "Sign-in did not complete. Please try again." };
  } catch (error) {
    if (error instanceof AuthError) {
      const code = authErrorCode(error);
      return code.startsWith("rate_limited")
        ? { ok: false, message: `Too many attempts from this network. Wait ${code.split(":")[1] ?? "a few minutes"} before trying again.` }
        : { ok: false, message: "Email or password is incorrect." };
    }
    throw error; // includes Next's redirect on success
  }
}

export async function signInAction(_previous: ActionResult<never> | null, formData: FormData): Promise<ActionResult<never>> {
  const input = formDataToObject(formData);
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
  return signInOrExplain(parsed.data.email, parsed.data.password, redirectSchema.parse(input.redirectTo));
}

export type MailSent = { email: string; delivery: MailDelivery };

/**
 * Answers "check your inbox" for `email`, then composes and sends the account e-mail once the
 * answer has gone: nothing the visitor waits for, or could time, depends on whether the address
 * has an account or on delivery.
 */
function answerThenMail(requestHeaders: Headers, email: string, compose: (origin: string) => Promise<MailMessage | null>): ActionResult<MailSent> {
  const origin = appOrigin(requestHeaders, env.APP_URL);
  after(async () => {
    try {
      const message = await compose(origin);
      if (message) await sendMail(message);
    } catch (error) {
      console.error("[mail] Could not prepare an account e-mail:", error);
    }
  });
  return { ok: true, data: { email, delivery: mailDelivery() } };
}

/**
 * Answers every valid sign-up the same: "check your inbox". The account is created only from the
 * e-mailed link (confirmSignUpAction), and the owner of an address that already has one is told
 * so by e-mail, so this form never confirms to a stranger who has an account.
 */
export async function signUpAction(_previous: ActionResult<MailSent> | null, formData: FormData): Promise<ActionResult<MailSent>> {
  const requestHeaders = await headers();
  const admission = await admitSignUp(clientIp(requestHeaders));
  if (!admission.ok) {
    return { ok: false, message: `Too many sign-ups from this network. Try again in ${describeWait(admission.retryAfterMs)}.` };
  }
  const parsed = signUpSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return { ok: false, message: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
  const weakness = passwordWeakness(parsed.data.password, [parsed.data.email, parsed.data.name]);
  if (weakness) return { ok: false, message: "Check the highlighted fields.", fieldErrors: { password: weakness } };
  return answerThenMail(requestHeaders, parsed.data.email, (origin) => requestSignUp(parsed.data, origin));
}

const tokenFormSchema = z.object({ token: emailTokenSchema });

/** The button on the e-mailed sign-up link: creates the account and signs its owner in. */
export async function confirmSignUpAction(_previous: ActionResult<never> | null, formData: FormData): Promise<ActionResult<never>> {
  const parsed = tokenFormSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return { ok: false, message: "This link is not complete. Open it again from the e-mail." };
  try {
    await signIn(SIGN_UP_LINK_PROVIDER, { token: parsed.data.token, redirectTo: "/dashboard?welcome=1" });
    return { ok: false, message: "Sign-in did not complete. Please try again." };
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // includes Next's redirect on success
    return authErrorCode(error) === "sign_up_link:taken"
      ? { ok: false, message: "This address has an account already.", link: { href: "/sign-in", label: "Sign in" } }
      : { ok: false, message: "This link has expired or was used already.", link: { href: "/sign-up", label: "Sign up again" } };
  }
}

/** Says the same whether or not the address has an account; only an account's owner gets mail. */
export async function forgotPasswordAction(_previous: ActionResult<MailSent> | null, formData: FormData): Promise<ActionResult<MailSent>> {
  const requestHeaders = await headers();
  const admission = await admitResetRequest(clientIp(requestHeaders));
  if (!admission.ok) {
    return { ok: false, message: `Too many requests from this network. Try again in ${describeWait(admission.retryAfterMs)}.` };
  }
  const parsed = z.object({ email: emailSchema }).safeParse(formDataToObject(formData));
  if (!parsed.success) return { ok: false, message: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
  return answerThenMail(requestHeaders, parsed.data.email, (origin) => requestPasswordReset(parsed.data.email, origin));
}

/** The form on the e-mailed reset link: a new password, then signed in with it. */
export async function resetPasswordAction(_previous: ActionResult<never> | null, formData: FormData): Promise<ActionResult<never>> {
  const parsed = resetPasswordSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    if (fieldErrors.token) return { ok: false, message: "This link is not complete. Open it again from the e-mail." };
    return { ok: false, message: "Check the highlighted fields.", fieldErrors };
  }
  let reset: Awaited<ReturnType<typeof resetPassword>>;
  try {
    reset = await resetPassword(parsed.data, clientIp(await headers()));
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: "Check the highlighted fields.", fieldErrors: { newPassword: error.message } };
    throw error;
  }
  if (reset === "invalid") {
    return { ok: false, message: "This link has expired or was used already.", link: { href: "/forgot-password", label: "Ask for a new one" } };
  }
  return signInOrExplain(reset.email, parsed.data.newPassword, "/dashboard");
}

/** Signing out ends every session of the account, so a copied cookie stops working too. */
export async function signOutAction(): Promise<void> {
  const viewer = await getViewer();
  if (viewer) await endAllSessions(viewer.id);
  await signOut({ redirectTo: "/" });
}
