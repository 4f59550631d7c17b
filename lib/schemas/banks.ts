import { z } from "zod";
import { formCheckbox as checkbox, recordId as id } from "./form";

export const ANSWER_SECONDS = { min: 10, max: 600, default: 45 } as const;
export const PREP_SECONDS = { min: 0, max: 300, default: 15 } as const;
export const WRITING_SECONDS = { min: 60, max: 3600, default: 300 } as const;
export const TALKING_POINTS = { max: 12, maxLength: 120 } as const;

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const bankFieldsSchema = z.object({
  title: z.string().trim().min(3, "Give the bank a title of at least 3 characters.").max(120),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(80)
    .regex(slugPattern, "Use lower-case letters, digits and single hyphens.")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  description: z.string().trim().max(2000).default(""),
  category: z.string().trim().min(1).max(40).default("general"),
});

export const createBankSchema = bankFieldsSchema;
export const updateBankSchema = bankFieldsSchema.extend({ bankId: id });
export const bankIdSchema = z.object({ bankId: id });
export const setBankPublishedSchema = z.object({ bankId: id, published: checkbox });
export const moveBankSchema = z.object({ bankId: id, direction: z.enum(["up", "down"]) });

/** One question as admins type it, import it and export it. */
export const questionFieldsSchema = z.object({
  text: z.string().trim().min(10, "A question needs at least 10 characters.").max(1000, "Keep questions under 1000 characters."),
  category: z.string().trim().min(1).max(40).default("general"),
  guidance: z.string().trim().max(2000).default(""),
  answerSeconds: z.coerce
    .number({ message: "Answer time must be a number of seconds." })
    .int("Answer time must be whole seconds.")
    .min(ANSWER_SECONDS.min, `Answer time must be at least ${ANSWER_SECONDS.min} s.`)
    .max(ANSWER_SECONDS.max, `Answer time must be at most ${ANSWER_SECONDS.max} s.`)
    .default(ANSWER_SECONDS.default),
  prepSeconds: z.coerce
    .number({ message: "Prep time must be a number of seconds." })
    .int("Prep time must be whole seconds.")
    .min(PREP_SECONDS.min, "Prep time cannot be negative.")
    .max(PREP_SECONDS.max, `Prep time must be at most ${PREP_SECONDS.max} s.`)
    .default(PREP_SECONDS.default),
  published: checkbox.default(true),
});
export type QuestionFields = z.infer<typeof questionFieldsSchema>;

/**
 * Fields edited in the admin form only (not in CSV/JSON import, whose columns stay as they are):
 * the writing time of TEXT sessions and the talking points, typed one per line.
 */
export const questionContentFieldsSchema = z.object({
  writingSeconds: z.coerce
    .number({ message: "Writing time must be a number of seconds." })
    .int("Writing time must be whole seconds.")
    .min(WRITING_SECONDS.min, `Writing time must be at least ${WRITING_SECONDS.min} s.`)
    .max(WRITING_SECONDS.max, `Writing time must be at most ${WRITING_SECONDS.max} s.`)
    .default(WRITING_SECONDS.default),
  talkingPoints: z
    .union([z.string(), z.array(z.string())])
    .default("")
    .transform((value) => [value].flat().flatMap((text) => text.split(/\r?\n/)).map((point) => point.trim()).filter(Boolean))
    .pipe(
      z
        .array(z.string().max(TALKING_POINTS.maxLength, `Keep each talking point under ${TALKING_POINTS.maxLength} characters.`))
        .max(TALKING_POINTS.max, `At most ${TALKING_POINTS.max} talking points.`),
    ),
});

export const createQuestionSchema = questionFieldsSchema.extend(questionContentFieldsSchema.shape).extend({ bankId: id });
export const updateQuestionSchema = questionFieldsSchema.extend(questionContentFieldsSchema.shape).extend({ questionId: id });
export const questionIdSchema = z.object({ questionId: id });
export const moveQuestionSchema = z.object({ questionId: id, direction: z.enum(["up", "down"]) });

export const importFormatSchema = z.enum(["csv", "json"]);
export const importQuestionsSchema = z.object({
  bankId: id,
  format: importFormatSchema,
  content: z.string().min(1, "The file is empty.").max(1_000_000, "Import files are limited to 1 MB."),
  /** Must be true to import when some rows are invalid: the invalid rows are then skipped. */
  skipInvalidRows: checkbox.default(false),
});
