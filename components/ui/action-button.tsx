"use client";

import { useActionState, type ReactNode } from "react";
import type { AnyFormAction } from "@/lib/actions/form-action-type";
import { Button, type ButtonVariant } from "./button";

/** One button that posts hidden fields to a server action and shows its message beside it. */
export function ActionButton({
  action,
  fields,
  children,
  variant = "secondary",
  confirm,
  label,
  disabled = false,
}: {
  action: AnyFormAction;
  fields: Record<string, string>;
  children: ReactNode;
  variant?: ButtonVariant;
  /** Asks before submitting (for destructive actions). */
  confirm?: string;
  label?: string;
  /** Nothing to do (e.g. moving the first row up): shown, but not pressable. */
  disabled?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      className="inline-flex items-center gap-2"
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} size="sm" disabled={pending || disabled} aria-label={label}>
        {children}
      </Button>
      {state && (
        <span role={state.ok ? "status" : "alert"} className={state.ok ? "text-xs text-emerald-700" : "text-xs text-red-700"}>
          {state.ok ? state.message : state.message}
        </span>
      )}
    </form>
  );
}
