"use client";

import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { signInAction, signUpAction } from "../actions";

export function SignInForm({ redirectTo }: { redirectTo?: string }) {
  return (
    <ActionForm action={signInAction} className="space-y-4">
      {({ pending, fieldErrors }) => (
        <>
          <input type="hidden" name="redirectTo" value={redirectTo ?? "/dashboard"} />
          <TextField label="Email" name="email" type="email" autoComplete="email" required error={fieldErrors.email} />
          <TextField label="Password" name="password" type="password" autoComplete="current-password" required error={fieldErrors.password} />
          <Button type="submit" disabled={pending} className="w-full">
            {pending ? "Signing in..." : "Sign in"}
          </Button>
          <p className="text-center text-sm text-muted">
            New here? <Link href="/sign-up" className="text-brand-700 underline">Create an account</Link>
          </p>
        </>
      )}
    </ActionForm>
  );
}

export function SignUpForm() {
  return (
    <ActionForm action={signUpAction} className="space-y-4">
      {({ pending, fieldErrors }) => (
        <>
          <TextField label="Name" name="name" autoComplete="name" required error={fieldErrors.name} />
          <TextField label="Email" name="email" type="email" autoComplete="email" required error={fieldErrors.email} />
          <TextField
            label="Password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={10}
            error={fieldErrors.password}
            hint="At least 10 characters. A short sentence is easy to remember and hard to guess."
          />
          <Button type="submit" disabled={pending} className="w-full">
            {pending ? "Creating your account..." : "Create account"}
          </Button>
          <p className="text-center text-sm text-muted">
            Already have an account? <Link href="/sign-in" className="text-brand-700 underline">Sign in</Link>
          </p>
        </>
      )}
    </ActionForm>
  );
}
