"use client";

import { NewPasswordFields } from "@/components/account/new-password-fields";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { changePasswordAction, signOutEverywhereAction } from "../actions";

export function ChangePasswordForm() {
  return (
    <ActionForm action={changePasswordAction} className="space-y-3">
      {({ pending, fieldErrors }) => (
        <>
          <TextField label="Current password" name="currentPassword" type="password" autoComplete="current-password" required error={fieldErrors.currentPassword} />
          <NewPasswordFields fieldErrors={fieldErrors} hint="At least 10 characters, and not easy to guess. A few unrelated words work well." />
          <Button type="submit" disabled={pending}>{pending ? "Changing..." : "Change password"}</Button>
        </>
      )}
    </ActionForm>
  );
}

export function SignOutEverywhereForm() {
  return (
    <ActionForm action={signOutEverywhereAction} className="space-y-3">
      {({ pending }) => (
        <>
          <p className="text-sm text-muted">Ends every session of your account, on this device and any other, for example a lost laptop.</p>
          <Button type="submit" variant="danger" disabled={pending}>{pending ? "Signing out..." : "Sign out everywhere"}</Button>
        </>
      )}
    </ActionForm>
  );
}
