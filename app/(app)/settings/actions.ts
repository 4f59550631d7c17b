"use server";

import { z } from "zod";
import { signOut } from "@/lib/auth";
import { createFormAction } from "@/lib/actions/action";
import { deleteAccount } from "@/lib/privacy/delete-data";
import { consentSchema } from "@/lib/schemas/users";
import { updateConsent } from "@/lib/users/consent";

export const updateConsentAction = createFormAction({
  schema: consentSchema,
  roles: ["CANDIDATE"],
  handler: (input, viewer) => updateConsent(viewer, input),
  revalidate: ["/settings"],
  successMessage: "Your choices are saved.",
});

export const deleteAccountAction = createFormAction({
  schema: z.object({ confirm: z.literal("DELETE", { message: 'Type DELETE to confirm.' }) }),
  handler: async (_input, viewer) => {
    await deleteAccount(viewer);
    await signOut({ redirectTo: "/?deleted=account" });
  },
});
