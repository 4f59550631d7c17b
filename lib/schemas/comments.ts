import { z } from "zod";
import { recordId } from "./form";

/** "1:23" or "83" or "83.5" seconds. */
export const offsetSchema = z.union([
  z.number().min(0).max(3600),
  z
    .string()
    .trim()
    .regex(/^(\d{1,2}:\d{2}(\.\d+)?|\d+(\.\d+)?)$/, "Use m:ss or seconds, e.g. 0:42.")
    .transform((value) => {
      const [minutes, rest] = value.includes(":") ? value.split(":") : ["0", value];
      return Number(minutes) * 60 + Number(rest);
    })
    .pipe(z.number().min(0).max(3600)),
]);

export const addCommentSchema = z.object({
  answerId: recordId,
  offsetSec: offsetSchema,
  body: z.string().trim().min(1, "Write a comment.").max(2000, "Keep comments under 2000 characters."),
});

export const commentIdSchema = z.object({ commentId: recordId });
