"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { createBankAction, updateBankAction } from "../actions";

interface BankValues {
  id: string;
  title: string;
  slug: string;
  description: string;
  category: string;
}

/** Creates a bank (no `bank`) or edits one. */
export function BankForm({ bank }: { bank?: BankValues }) {
  return (
    <ActionForm action={bank ? updateBankAction : createBankAction} className="space-y-3">
      {({ pending, fieldErrors }) => (
        <>
          {bank && <input type="hidden" name="bankId" value={bank.id} />}
          <TextField label="Title" name="title" defaultValue={bank?.title} required error={fieldErrors.title} />
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField label="Category" name="category" defaultValue={bank?.category ?? "general"} error={fieldErrors.category} />
            <TextField label="Slug" name="slug" defaultValue={bank?.slug} error={fieldErrors.slug} hint="Optional; made from the title when empty." />
          </div>
          <TextAreaField label="Description" name="description" rows={3} defaultValue={bank?.description} error={fieldErrors.description} />
          <Button type="submit" disabled={pending}>{bank ? "Save bank" : "Create bank"}</Button>
        </>
      )}
    </ActionForm>
  );
}
