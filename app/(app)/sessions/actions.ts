"use server";

import { redirect } from "next/navigation";
import { createAction, createFormAction } from "@/lib/actions/action";
import { answerEventSchema, calibrationInputSchema, sessionIdSchema, startSessionSchema } from "@/lib/schemas/sessions";
import { completeSession, recordAnswerEvent, saveSessionCalibration, startSession } from "@/lib/sessions/run-session";
import { addCoachComment, deleteOwnComment, markSessionCommentsRead } from "@/lib/comments/coach-comments";
import { deleteSession } from "@/lib/privacy/delete-data";
import { retryAnalysis } from "@/lib/answers/retry-analysis";
import { addCommentSchema, commentIdSchema } from "@/lib/schemas/comments";
import { recordSessionConsent } from "@/lib/users/consent";
import { z } from "zod";

const CANDIDATE = ["CANDIDATE" as const];

export const startSessionAction = createFormAction({
  schema: startSessionSchema.extend({
    // Checkbox lists arrive as a single string when one box is ticked.
    questionIds: z.union([z.string(), z.array(z.string())]).optional().transform((value) => (value === undefined ? [] : [value].flat())),
  }),
  roles: CANDIDATE,
  handler: async (input, viewer) => {
    const session = await startSession(viewer, input);
    redirect(`/sessions/${session.id}/run`);
  },
});

export const recordAnswerEventAction = createAction({ schema: answerEventSchema, roles: CANDIDATE, handler: (input, viewer) => recordAnswerEvent(viewer, input) });

export const saveCalibrationAction = createAction({ schema: calibrationInputSchema, roles: CANDIDATE, handler: (input, viewer) => saveSessionCalibration(viewer, input) });

export const completeSessionAction = createAction({
  schema: sessionIdSchema,
  roles: CANDIDATE,
  handler: (input, viewer) => completeSession(viewer, input.sessionId),
  revalidate: (input) => [`/sessions/${input.sessionId}`, "/dashboard"],
});

export const cameraConsentAction = createAction({ schema: sessionIdSchema, roles: CANDIDATE, handler: (input, viewer) => recordSessionConsent(viewer, input.sessionId) });

export const addCommentAction = createFormAction({
  schema: addCommentSchema,
  roles: ["COACH"],
  handler: (input, viewer) => addCoachComment(viewer, input),
  revalidate: (_input, comment) => [`/sessions/${comment.sessionId}`],
  successMessage: "Comment added. The candidate sees it on their timeline.",
});

export const deleteCommentAction = createFormAction({
  schema: commentIdSchema,
  roles: ["COACH"],
  handler: (input, viewer) => deleteOwnComment(viewer, input.commentId),
  // The comment and its button leave the page on success, which is the confirmation.
  revalidate: (_input, deleted) => [`/sessions/${deleted.sessionId}`],
});

export const markCommentsReadAction = createAction({
  schema: sessionIdSchema,
  roles: CANDIDATE,
  handler: (input, viewer) => markSessionCommentsRead(viewer, input.sessionId),
});

export const deleteSessionAction = createFormAction({
  schema: sessionIdSchema,
  roles: ["CANDIDATE", "ADMIN"],
  handler: async (input, viewer) => {
    await deleteSession(viewer, input.sessionId);
    redirect("/dashboard?deleted=session");
  },
});

export const retryAnalysisAction = createFormAction({
  schema: z.object({ answerId: z.string().min(1).max(64) }),
  roles: CANDIDATE,
  handler: (input, viewer) => retryAnalysis(viewer, input.answerId),
  revalidate: ["/sessions/[sessionId]"],
  successMessage: "Analysing again.",
});
