"use server";

import { AuthError } from "next-auth";
import { signIn, signOut } from "@/lib/auth";
import type { ActionResult } from "@/lib/actions/action";
import { formDataToObject } from "@/lib/actions/action";
import { isAppError } from "@/lib/errors";
import { signInSchema, signUpSchema } from "@/lib/schemas/auth";
import { signUpCandidate } from "@/lib/users/sign-up";
import { z } from "zod";

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
      const code = "code" in error ? error.code : undefined;
      return code === "rate_limited"
        ? { ok: false, message: "Too many failed attempts. Wait 15 minutes before trying again." }
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
  const parsed = signUpSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return { ok: false, message: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await signUpCandidate(parsed.data);
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, fieldErrors: { email: error.message } };
    throw error;
  }
  return signInOrExplain(parsed.data.email, parsed.data.password, "/dashboard?welcome=1");
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
