import { z } from "zod";
import { recordId as id } from "./form";

/** Longest typed answer kept (about 5,000 words): far beyond any writing time, small in the database. */
export const MAX_TEXT_ANSWER_CHARS = 30_000;

const text = z.string().max(MAX_TEXT_ANSWER_CHARS, `Answers are limited to ${MAX_TEXT_ANSWER_CHARS.toLocaleString("en")} characters.`);

export const textDraftSchema = z.object({ answerId: id, text });

export const submitTextAnswerSchema = z.object({
  answerId: id,
  text,
  /** Seconds spent writing. */
  durationSec: z.number().min(0).max(7200).optional(),
});

export const answerIdSchema = z.object({ answerId: id });

/** The document's name as the browser sends it (header x-file-name, URI-encoded); shown in the report. */
export const documentNameSchema = z
  .string()
  .transform((value) => {
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  })
  .pipe(z.string().trim().min(1).max(200).transform((name) => name.replace(/[\u0000-\u001f]/g, "")));
