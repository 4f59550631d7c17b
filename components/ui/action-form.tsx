"use client";

import { useActionState, type ReactNode } from "react";
import type { AnyFormAction } from "@/lib/actions/form-action-type";
import { Alert } from "./alert";

/**
 * A form bound to a server action through useActionState: shows the action's message and hands
 * field errors and the pending state to its children.
 */
export function ActionForm({
  action,
  children,
  className,
  showSuccess = true,
}: {
  action: AnyFormAction;
  children: (state: { pending: boolean; fieldErrors: Record<string, string> }) => ReactNode;
  className?: string;
  showSuccess?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={formAction} className={className} noValidate>
      {state && !state.ok && <Alert tone="error" className="mb-3">{state.message}</Alert>}
      {state?.ok && showSuccess && state.message && <Alert tone="success" className="mb-3">{state.message}</Alert>}
      {children({ pending, fieldErrors })}
    </form>
  );
}
