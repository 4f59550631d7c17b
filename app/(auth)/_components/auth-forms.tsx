"use client";

import Link from "next/link";
import { useState, type ReactNode } from "react";
import { emailDomainHint } from "@/lib/auth/email-hint";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/action";
import { confirmSignUpAction, forgotPasswordAction, resetPasswordAction, signInAction, signUpAction, type MailSent } from "../actions";

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
            <Link href="/forgot-password" className="text-brand-700 underline">Forgot your password?</Link>
          </p>
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

type MailAction = (previous: ActionResult<MailSent> | null, formData: FormData) => Promise<ActionResult<MailSent>>;

/** Wraps a form whose success is an e-mail: once sent, the form gives way to what to do next. */
function useMailSent(action: MailAction): [MailSent | null, MailAction] {
  const [sent, setSent] = useState<MailSent | null>(null);
  return [
    sent,
    async (previous, formData) => {
      const result = await action(previous, formData);
      if (result.ok) setSent(result.data);
      return result;
    },
  ];
}

function CheckInbox({ sent, children }: { sent: MailSent; children: ReactNode }) {
  return (
    <div role="status" className="space-y-3 text-sm">
      <h2 className="text-base font-semibold">Check your inbox</h2>
      <p>{children}</p>
      {sent.delivery === "outbox" && (
        <p className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900">
          This server has no mail service set up (SMTP_URL), so nothing was sent: whoever runs it finds the message, with its
          link, in the server&apos;s log and in its data/outbox folder.
        </p>
      )}
    </div>
  );
}

export function SignUpForm() {
  const [sent, action] = useMailSent(signUpAction);
  if (sent) {
    return (
      <CheckInbox sent={sent}>
        We sent a message to <strong>{sent.email}</strong>. Open the link in it within 24 hours to finish creating your
        account. Nothing there? Look in your spam folder, or <Link href="/sign-in" className="text-brand-700 underline">sign in</Link>{" "}
        if you have an account already.
      </CheckInbox>
    );
  }
  return (
    <ActionForm action={action} className="space-y-4">
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

/** The page an e-mailed sign-up link opens: one button, so a mail scanner opening the link creates nothing. */
export function ConfirmSignUpForm({ token }: { token: string }) {
  return (
    <ActionForm action={confirmSignUpAction} className="space-y-4">
      {({ pending }) => (
        <>
          <input type="hidden" name="token" value={token} />
          <Button type="submit" disabled={pending} className="w-full">
            {pending ? "Creating your account..." : "Confirm and sign in"}
          </Button>
        </>
      )}
    </ActionForm>
  );
}

export function ForgotPasswordForm() {
  const [sent, action] = useMailSent(forgotPasswordAction);
  if (sent) {
    return (
      <CheckInbox sent={sent}>
        If an account uses <strong>{sent.email}</strong>, we sent it a link to choose a new password. It works for an hour.
      </CheckInbox>
    );
  }
  return (
    <ActionForm action={action} className="space-y-4">
      {({ pending, fieldErrors }) => (
        <>
          <TextField label="Email" name="email" type="email" autoComplete="email" required error={fieldErrors.email} />
          <Button type="submit" disabled={pending} className="w-full">
            {pending ? "Sending..." : "Send me a link"}
          </Button>
          <p className="text-center text-sm text-muted">
            Remembered it? <Link href="/sign-in" className="text-brand-700 underline">Sign in</Link>
          </p>
        </>
      )}
    </ActionForm>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  return (
    <ActionForm action={resetPasswordAction} className="space-y-4">
      {({ pending, fieldErrors }) => (
        <>
          <input type="hidden" name="token" value={token} />
          <NewPasswordFields fieldErrors={fieldErrors} hint="At least 10 characters, and not easy to guess. Choosing it signs you out on every other device." />
          <Button type="submit" disabled={pending} className="w-full">
            {pending ? "Saving..." : "Save and sign in"}
          </Button>
        </>
      )}
    </ActionForm>
  );
}
