"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/action";
import { formDataToObject } from "@/lib/actions/action";
import { signIn, signOut } from "@/lib/auth";
import { clientIp } from "@/lib/auth/credentials";
import { passwordWeakness } from "@/lib/auth/password-strength";
import { endAllSessions } from "@/lib/auth/sessions";
import { admitSignUp } from "@/lib/auth/throttle";
import { describeWait } from "@/lib/auth/throttle-policy";
import { getViewer } from "@/lib/auth/viewer";
import { signInSchema, signUpSchema } from "@/lib/schemas/auth";
import { signUpCandidate } from "@/lib/users/sign-up";

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

async function signInOrExplain(email: string, password: string, redirectTo: string): Promise<ActionResult<never>> {
  try {
    await signIn("credentials", { email, password, redirectTo });
    return { ok: false, message: "Sign-in did not complete. Please try again." };
  } catch (error) {
    if (error instanceof AuthError) {
      const code = "code" in error && typeof error.code === "string" ? error.code : "";
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

export async function signUpAction(_previous: ActionResult<never> | null, formData: FormData): Promise<ActionResult<never>> {
  const admission = await admitSignUp(clientIp(await headers()));
  if (!admission.ok) {
    return { ok: false, message: `Too many sign-ups from this network. Try again in ${describeWait(admission.retryAfterMs)}.` };
  }
  const parsed = signUpSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return { ok: false, message: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
  const weakness = passwordWeakness(parsed.data.password, [parsed.data.email, parsed.data.name]);
  if (weakness) return { ok: false, message: "Check the highlighted fields.", fieldErrors: { password: weakness } };
  const created = await signUpCandidate(parsed.data);
  // A taken address goes through sign-in like any other: its owner (right password) is signed
  // in, anyone else reads the same answer as a wrong password, under the same throttle.
  const outcome = await signInOrExplain(parsed.data.email, parsed.data.password, "/dashboard?welcome=1");
  if (created === "taken" && !outcome.ok && outcome.message.startsWith("Email or password")) {
    return {
      ok: false,
      message: "We could not create an account with these details.",
      // The way out is the link itself, not a second sentence saying where to go.
      link: { href: "/sign-in", label: "If you already have one, sign in instead." },
    };
  }
  return outcome;
}

/** Signing out ends every session of the account, so a copied cookie stops working too. */
export async function signOutAction(): Promise<void> {
  const viewer = await getViewer();
  if (viewer) await endAllSessions(viewer.id);
  await signOut({ redirectTo: "/" });
}
