"use server";

import { createFormAction } from "@/lib/actions/action";
import { consentSchema } from "@/lib/schemas/users";
import { updateConsent } from "@/lib/users/consent";

export const updateConsentAction = createFormAction({
  schema: consentSchema,
  roles: ["CANDIDATE"],
  handler: (input, viewer) => updateConsent(viewer, input),
  revalidate: ["/settings"],
  successMessage: "Your choices are saved.",
});
