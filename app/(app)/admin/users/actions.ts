"use server";

import { createFormAction } from "@/lib/actions/action";
import { assignmentSchema, changeRoleSchema } from "@/lib/schemas/users";
import { assignCoach, changeRole, unassignCoach } from "@/lib/users/admin-users";

const ADMIN = ["ADMIN" as const];

export const changeRoleAction = createFormAction({
  schema: changeRoleSchema,
  roles: ADMIN,
  handler: (input, viewer) => changeRole(viewer, input.userId, input.role),
  revalidate: ["/admin/users"],
  successMessage: "Role changed.",
});

export const assignCoachAction = createFormAction({
  schema: assignmentSchema,
  roles: ADMIN,
  handler: (input, viewer) => assignCoach(viewer, input.coachId, input.candidateId),
  revalidate: ["/admin/users", "/coach"],
  successMessage: "Coach assigned.",
});

export const unassignCoachAction = createFormAction({
  schema: assignmentSchema,
  roles: ADMIN,
  handler: (input, viewer) => unassignCoach(viewer, input.coachId, input.candidateId),
  revalidate: ["/admin/users", "/coach"],
});
