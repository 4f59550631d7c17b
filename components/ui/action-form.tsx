"use client";

import { startTransition, useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import Link from "next/link";
import type { AnyFormAction } from "@/lib/actions/form-action-type";
import { Alert } from "./alert";

/**
 * A form bound to a server action through useActionState: shows the action's message and hands
 * field errors and the pending state to its children. Submits through a transition rather than
 * `<form action>` so that React does not clear the fields: after an error the user's input stays,
 * and the form is reset only after a success when `resetOnSuccess` is set.
 */
export function ActionForm({
  action,
  children,
  className,
  showSuccess = true,
  resetOnSuccess = false,
}: {
  action: AnyFormAction;
  children: (state: { pending: boolean; fieldErrors: Record<string, string> }) => ReactNode;
  className?: string;
  showSuccess?: boolean;
  resetOnSuccess?: boolean;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, dispatch, pending] = useActionState(async (previous: Awaited<ReturnType<AnyFormAction>> | null, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.ok && resetOnSuccess) formRef.current?.reset();
    return result;
  }, null);
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  // A success message is about the page as it was: once another form on the page is submitted (an import
  // after "Question added."), it is stale, so it goes.
  const [staleState, setStaleState] = useState<typeof state>(null);
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  });
  useEffect(() => {
    const onSubmit = (event: SubmitEvent) => {
      if (event.target !== formRef.current) setStaleState(stateRef.current);
    };
    document.addEventListener("submit", onSubmit, true);
    return () => document.removeEventListener("submit", onSubmit, true);
  }, []);
  return (
    <form
      ref={formRef}
      className={className}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const formData = new FormData(event.currentTarget);
        startTransition(() => dispatch(formData));
      }}
    >
      {state && !state.ok && (
        <Alert tone="error" className="mb-3">
          {state.message}
          {state.link && (
            <>
              {" "}
              <Link href={state.link.href} className="font-medium underline">{state.link.label}</Link>
            </>
          )}
        </Alert>
      )}
      {state?.ok && showSuccess && state.message && state !== staleState && <Alert tone="success" className="mb-3">{state.message}</Alert>}
      {children({ pending, fieldErrors })}
    </form>
  );
}
