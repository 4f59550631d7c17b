"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { deleteAccountAction } from "../actions";

export function DeleteAccountForm() {
  return (
    <ActionForm action={deleteAccountAction} className="space-y-3">
      {({ pending, fieldErrors }) => (
        <>
          <p className="text-sm text-muted">
            Deletes your account, every session, recording, transcript and comment, and removes your numbers from the benchmarks. This cannot
            be undone; export your data first if you want a copy.
          </p>
          <TextField label='Type "DELETE" to confirm' name="confirm" autoComplete="off" error={fieldErrors.confirm} />
          <Button type="submit" variant="danger" disabled={pending}>{pending ? "Deleting..." : "Delete my account"}</Button>
        </>
      )}
    </ActionForm>
  );
}
