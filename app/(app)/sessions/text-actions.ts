"use server";

import { createAction } from "@/lib/actions/action";
import { answerIdSchema, submitTextAnswerSchema } from "@/lib/schemas/text-answers";
import { getAnswerGuidance, submitTextAnswer } from "@/lib/sessions/text-answers";

const CANDIDATE = ["CANDIDATE" as const];

export const submitTextAnswerAction = createAction({
  schema: submitTextAnswerSchema,
  roles: CANDIDATE,
  handler: (input, viewer) => submitTextAnswer(viewer, input),
});

/** The question's guidance for the between-questions screen; refused while the answer is open. */
export const answerGuidanceAction = createAction({ schema: answerIdSchema, roles: CANDIDATE, handler: (input, viewer) => getAnswerGuidance(viewer, input.answerId) });
