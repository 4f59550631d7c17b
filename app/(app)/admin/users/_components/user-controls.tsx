"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { personLabel } from "@/lib/users/person-label";
import { assignCoachAction, changeRoleAction } from "../actions";

const ROLES = ["CANDIDATE", "COACH", "ADMIN"] as const;

function Message({ state }: { state: { ok: boolean; message?: string } | null }) {
  if (!state?.message) return null;
  return (
    <span role={state.ok ? "status" : "alert"} className={state.ok ? "text-xs text-emerald-700" : "text-xs text-red-700"}>
      {state.message}
    </span>
  );
}

export function RoleControl({ userId, role, name }: { userId: string; role: string; name: string }) {
  const [state, action, pending] = useActionState(changeRoleAction, null);
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      {/* Keyed on the saved role: after "Change", the form resets to its default, which must be the new role. */}
      <select key={role} name="role" defaultValue={role} aria-label={`Role of ${name}`} className="rounded border border-slate-300 px-2 py-1 text-sm">
        {ROLES.map((option) => (
          <option key={option} value={option}>{option.toLowerCase()}</option>
        ))}
      </select>
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>Change</Button>
      <Message state={state} />
    </form>
  );
}

export function AssignCoachControl({ candidateId, name, coaches }: { candidateId: string; name: string; coaches: Array<{ id: string; name: string; email: string }> }) {
  const [state, action, pending] = useActionState(assignCoachAction, null);
  // Nothing left to assign (no coaches, or all of them already assigned).
  if (coaches.length === 0) return null;
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="candidateId" value={candidateId} />
      <select name="coachId" aria-label={`Coach for ${name}`} className="rounded border border-slate-300 px-2 py-1 text-sm">
        {coaches.map((coach) => (
          <option key={coach.id} value={coach.id}>{personLabel(coach)}</option>
        ))}
      </select>
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>Assign</Button>
      <Message state={state} />
    </form>
  );
}
