"use server";

import { z } from "zod";
import { signOut } from "@/lib/auth";
import { createFormAction } from "@/lib/actions/action";
import { deleteAccount } from "@/lib/privacy/delete-data";
import { deleteStoredVideos } from "@/lib/privacy/delete-videos";
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

export const deleteVideoAction = createFormAction({
  schema: z.object({ answerId: z.string().min(1).max(64) }),
  roles: ["CANDIDATE"],
  handler: (input, viewer) => deleteStoredVideos(viewer, { answerId: input.answerId }),
  revalidate: ["/sessions/[sessionId]"],
  successMessage: "The video is deleted.",
});

export const deleteAllVideosAction = createFormAction({
  schema: z.object({}),
  roles: ["CANDIDATE"],
  handler: (_input, viewer) => deleteStoredVideos(viewer),
  revalidate: ["/settings"],
  successMessage: (outcome) => `${outcome.deleted} stored video(s) deleted.`,
});
