"use server";

import { z } from "zod";
import { createAction } from "@/lib/actions/action";
import { bigFiveAnswersSchema } from "@/lib/bigfive/inventory";
import { saveBigFiveResult } from "@/lib/bigfive/results";

export const saveBigFiveAction = createAction({
  schema: z.object({ answers: bigFiveAnswersSchema }),
  roles: ["CANDIDATE"],
  handler: (input, viewer) => saveBigFiveResult(viewer, input.answers),
  revalidate: ["/personality"],
});
