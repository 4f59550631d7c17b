"use server";

import { redirect } from "next/navigation";
import { createFormAction } from "@/lib/actions/action";
import {
  createBank,
  createQuestion,
  importQuestions,
  moveBank,
  moveQuestion,
  removeQuestion,
  restoreQuestion,
  setBankArchived,
  setBankPublished,
  updateBank,
  updateQuestion,
} from "@/lib/banks/mutations";
import { AppError } from "@/lib/errors";
import { parseQuestionImport, type ImportRow } from "@/lib/banks/question-import";
import {
  bankIdSchema,
  createBankSchema,
  createQuestionSchema,
  importQuestionsSchema,
  moveBankSchema,
  moveQuestionSchema,
  questionIdSchema,
  setBankPublishedSchema,
  updateBankSchema,
  updateQuestionSchema,
} from "@/lib/schemas/banks";

const ADMIN = ["ADMIN" as const];
const bankPaths = (bankId: string) => ["/admin/banks", `/admin/banks/${bankId}`, "/practice"];

export const createBankAction = createFormAction({
  schema: createBankSchema,
  roles: ADMIN,
  handler: async (input, viewer) => {
    const bank = await createBank(viewer, input);
    redirect(`/admin/banks/${bank.id}`);
  },
});

export const updateBankAction = createFormAction({
  schema: updateBankSchema,
  roles: ADMIN,
  handler: (input, viewer) => updateBank(viewer, input),
  revalidate: (input) => bankPaths(input.bankId),
  successMessage: "Bank saved.",
});

export const setBankPublishedAction = createFormAction({
  schema: setBankPublishedSchema,
  roles: ADMIN,
  handler: (input, viewer) => setBankPublished(viewer, input.bankId, input.published),
  revalidate: (input) => bankPaths(input.bankId),
});

export const archiveBankAction = createFormAction({
  schema: bankIdSchema,
  roles: ADMIN,
  handler: (input, viewer) => setBankArchived(viewer, input.bankId, true),
  revalidate: (input) => bankPaths(input.bankId),
});

export const restoreBankAction = createFormAction({
  schema: bankIdSchema,
  roles: ADMIN,
  handler: (input, viewer) => setBankArchived(viewer, input.bankId, false),
  revalidate: (input) => bankPaths(input.bankId),
});

export const moveBankAction = createFormAction({
  schema: moveBankSchema,
  roles: ADMIN,
  handler: (input, viewer) => moveBank(viewer, input.bankId, input.direction),
  revalidate: ["/admin/banks", "/practice"],
});

export const createQuestionAction = createFormAction({
  schema: createQuestionSchema,
  roles: ADMIN,
  handler: (input, viewer) => createQuestion(viewer, input),
  revalidate: (input) => bankPaths(input.bankId),
  successMessage: "Question added.",
});

export const updateQuestionAction = createFormAction({
  schema: updateQuestionSchema,
  roles: ADMIN,
  handler: (input, viewer) => updateQuestion(viewer, input),
  revalidate: ["/admin/banks/[bankId]"],
  successMessage: "Question saved.",
});

export const moveQuestionAction = createFormAction({
  schema: moveQuestionSchema,
  roles: ADMIN,
  handler: (input, viewer) => moveQuestion(viewer, input.questionId, input.direction),
  revalidate: ["/admin/banks/[bankId]"],
});

export const removeQuestionAction = createFormAction({
  schema: questionIdSchema,
  roles: ADMIN,
  handler: (input, viewer) => removeQuestion(viewer, input.questionId),
  revalidate: ["/admin/banks/[bankId]"],
  successMessage: (outcome) =>
    outcome === "archived" ? "The question has answers, so it was archived rather than deleted." : "Question deleted.",
});

export const restoreQuestionAction = createFormAction({
  schema: questionIdSchema,
  roles: ADMIN,
  handler: (input, viewer) => restoreQuestion(viewer, input.questionId),
  revalidate: ["/admin/banks/[bankId]"],
});

export interface ImportPreview {
  rows: ImportRow[];
  validCount: number;
  invalidCount: number;
}

/** Step 1 of an import: parse and validate every row, store nothing. */
export const previewImportAction = createFormAction({
  schema: importQuestionsSchema.omit({ skipInvalidRows: true }),
  roles: ADMIN,
  handler: async (input): Promise<ImportPreview> => {
    const { rows, fileError } = parseQuestionImport(input.format, input.content);
    if (fileError) throw new AppError("INVALID_INPUT", fileError);
    const validCount = rows.filter((row) => row.question).length;
    return { rows, validCount, invalidCount: rows.length - validCount };
  },
});

/** Step 2: import the valid rows; with invalid rows present only when the admin confirmed. */
export const importQuestionsAction = createFormAction({
  schema: importQuestionsSchema,
  roles: ADMIN,
  handler: (input, viewer) => importQuestions(viewer, input),
  revalidate: (input) => bankPaths(input.bankId),
  successMessage: ({ imported, skipped }) =>
    `Imported ${imported} question${imported === 1 ? "" : "s"}${skipped ? `; skipped ${skipped} invalid row${skipped === 1 ? "" : "s"}` : ""}.`,
});
