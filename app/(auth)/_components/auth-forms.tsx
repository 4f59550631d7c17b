"use client";

import Link from "next/link";
import { useState } from "react";
import { emailDomainHint } from "@/lib/auth/email-hint";
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

/** Suggests the likely address when the domain looks mistyped ("gmial.com"); never blocks. */
function EmailWithHint({ error }: { error?: string }) {
  const [value, setValue] = useState("");
  const [hint, setHint] = useState<string | null>(null);
  return (
    <TextField
      label="Email"
      name="email"
      type="email"
      autoComplete="email"
      required
      value={value}
      onChange={(event) => setValue(event.target.value)}
      onBlur={() => setHint(emailDomainHint(value))}
      error={error}
      hint={
        hint ? (
          <>
            Did you mean{" "}
            <button
              type="button"
              className="text-brand-700 underline"
              onClick={() => {
                setValue(hint);
                setHint(null);
              }}
            >
              {hint}
            </button>
            ?
          </>
        ) : undefined
      }
    />
  );
}

export function SignUpForm() {
  return (
    <ActionForm action={signUpAction} className="space-y-4">
      {({ pending, fieldErrors }) => (
        <>
          <TextField label="Name" name="name" autoComplete="name" required error={fieldErrors.name} />
          <EmailWithHint error={fieldErrors.email} />
          <TextField
            label="Password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={10}
            error={fieldErrors.password}
            hint="At least 10 characters, and not easy to guess. A few unrelated words are easy to remember and hard to guess."
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
