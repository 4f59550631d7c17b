"use server";

import { headers } from "next/headers";
import { signIn, signOut } from "@/lib/auth";
import { createFormAction } from "@/lib/actions/action";
import { changePassword, changePasswordSchema } from "@/lib/auth/change-password";
import { clientIp } from "@/lib/auth/credentials";
import { endAllSessions } from "@/lib/auth/sessions";
import { z } from "zod";

export const changePasswordAction = createFormAction({
  schema: changePasswordSchema,
  handler: async (input, viewer) => {
    await changePassword(viewer, input, clientIp(await headers()));
    // Every session ended with the change; sign this browser in again under the new version.
    await signIn("credentials", { email: viewer.email, password: input.newPassword, redirectTo: "/settings/security?changed=1" });
  },
});

export const signOutEverywhereAction = createFormAction({
  schema: z.object({}),
  handler: async (_input, viewer) => {
    await endAllSessions(viewer.id);
    await signOut({ redirectTo: "/sign-in?signedOut=everywhere" });
  },
});
