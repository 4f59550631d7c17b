import "server-only";
import type { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type {
  createBankSchema,
  createQuestionSchema,
  updateBankSchema,
  updateQuestionSchema,
} from "@/lib/schemas/banks";
import type { QuestionFields } from "@/lib/schemas/banks";
import { parseQuestionImport } from "./question-import";
import { assertAdmin } from "./queries";


export function slugify(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "bank";
}

async function uniqueSlug(base: string, exceptBankId?: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const slug = attempt === 0 ? base : `${base}-${attempt + 1}`;
    const clash = await db().questionBank.findFirst({
      where: { slug, ...(exceptBankId ? { id: { not: exceptBankId } } : {}) },
      select: { id: true },
    });
    if (!clash) return slug;
  }
  throw new AppError("CONFLICT", "Choose a different slug: this one is taken.");
}

export async function createBank(viewer: Viewer, input: z.infer<typeof createBankSchema>) {
  assertAdmin(viewer);
  const last = await db().questionBank.aggregate({ _max: { position: true } });
  return db().questionBank.create({
    data: {
      title: input.title,
      slug: await uniqueSlug(input.slug ?? slugify(input.title)),
      description: input.description,
      category: input.category,
      position: (last._max.position ?? -1) + 1,
      createdById: viewer.id,
    },
    select: { id: true, slug: true },
  });
}

export async function updateBank(viewer: Viewer, input: z.infer<typeof updateBankSchema>) {
  assertAdmin(viewer);
  const { bankId, slug, ...fields } = input;
  await db().questionBank.update({
    where: { id: bankId },
    data: { ...fields, ...(slug ? { slug: await uniqueSlug(slug, bankId) } : {}) },
  });
}

export async function setBankPublished(viewer: Viewer, bankId: string, published: boolean) {
  assertAdmin(viewer);
  const bank = await db().questionBank.findUnique({
    where: { id: bankId },
    select: { archivedAt: true, _count: { select: { questions: { where: { archivedAt: null, published: true } } } } },
  });
  if (!bank) throw new AppError("NOT_FOUND", "No such question bank.");
  if (published && bank.archivedAt) throw new AppError("CONFLICT", "Restore the bank before publishing it.");
  if (published && bank._count.questions === 0) {
    throw new AppError("CONFLICT", "Add at least one published question before publishing the bank.");
  }
  await db().questionBank.update({ where: { id: bankId }, data: { published } });
}

/** Archiving hides a bank from candidates but keeps it, and every report that used it, intact. */
export async function setBankArchived(viewer: Viewer, bankId: string, archived: boolean) {
  assertAdmin(viewer);
  await db().questionBank.update({
    where: { id: bankId },
    data: archived ? { archivedAt: new Date(), published: false } : { archivedAt: null },
  });
}

export async function moveBank(viewer: Viewer, bankId: string, direction: "up" | "down") {
  assertAdmin(viewer);
  const banks = await db().questionBank.findMany({
    where: { archivedAt: null },
    orderBy: [{ position: "asc" }, { title: "asc" }],
    select: { id: true },
  });
  const reordered = swapWithNeighbour(banks.map((bank) => bank.id), bankId, direction);
  await db().$transaction(async (tx) => {
    for (const [position, id] of reordered.entries()) await tx.questionBank.update({ where: { id }, data: { position } });
  });
}

/** The list's ids after swapping `id` with its neighbour; unchanged at either end. */
export function swapWithNeighbour(orderedIds: string[], id: string, direction: "up" | "down"): string[] {
  const index = orderedIds.indexOf(id);
  if (index === -1) throw new AppError("NOT_FOUND", "Nothing to move.");
  const target = direction === "up" ? index - 1 : index + 1;
  if (target < 0 || target >= orderedIds.length) return orderedIds;
  const reordered = [...orderedIds];
  [reordered[index], reordered[target]] = [reordered[target]!, reordered[index]!];
  return reordered;
}

async function nextQuestionPosition(bankId: string): Promise<number> {
  const last = await db().question.aggregate({ where: { bankId }, _max: { position: true } });
  return (last._max.position ?? -1) + 1;
}

async function assertBankExists(bankId: string) {
  const bank = await db().questionBank.findUnique({ where: { id: bankId }, select: { id: true } });
  if (!bank) throw new AppError("NOT_FOUND", "No such question bank.");
}

export async function createQuestion(viewer: Viewer, input: z.infer<typeof createQuestionSchema>) {
  assertAdmin(viewer);
  const { bankId, ...fields } = input;
  await assertBankExists(bankId);
  return db().question.create({
    data: { ...fields, bankId, position: await nextQuestionPosition(bankId) },
    select: { id: true },
  });
}

export async function updateQuestion(viewer: Viewer, input: z.infer<typeof updateQuestionSchema>) {
  assertAdmin(viewer);
  const { questionId, ...fields } = input;
  await db().question.update({ where: { id: questionId }, data: fields });
}

export async function moveQuestion(viewer: Viewer, questionId: string, direction: "up" | "down") {
  assertAdmin(viewer);
  const question = await db().question.findUnique({ where: { id: questionId }, select: { bankId: true } });
  if (!question) throw new AppError("NOT_FOUND", "No such question.");
  const siblings = await db().question.findMany({
    where: { bankId: question.bankId, archivedAt: null },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  const reordered = swapWithNeighbour(siblings.map((q) => q.id), questionId, direction);
  await db().$transaction(async (tx) => {
    for (const [position, id] of reordered.entries()) await tx.question.update({ where: { id }, data: { position } });
  });
}

/**
 * Removes a question from the bank: deleted when nobody has answered it, archived otherwise,
 * so old reports keep their question text.
 */
export async function removeQuestion(viewer: Viewer, questionId: string): Promise<"deleted" | "archived"> {
  assertAdmin(viewer);
  const question = await db().question.findUnique({
    where: { id: questionId },
    select: { _count: { select: { answers: true } } },
  });
  if (!question) throw new AppError("NOT_FOUND", "No such question.");
  if (question._count.answers > 0) {
    await db().question.update({ where: { id: questionId }, data: { archivedAt: new Date(), published: false } });
    return "archived";
  }
  await db().question.delete({ where: { id: questionId } });
  return "deleted";
}

export async function restoreQuestion(viewer: Viewer, questionId: string) {
  assertAdmin(viewer);
  const question = await db().question.findUnique({ where: { id: questionId }, select: { bankId: true } });
  if (!question) throw new AppError("NOT_FOUND", "No such question.");
  await db().question.update({
    where: { id: questionId },
    data: { archivedAt: null, position: await nextQuestionPosition(question.bankId) },
  });
}

export interface ImportOutcome {
  imported: number;
  skipped: number;
}

/**
 * Imports the valid rows of a CSV/JSON file into a bank. The file is parsed again here (the
 * preview the admin saw is never trusted); with invalid rows present it imports only when the
 * admin confirmed skipping them.
 */
export async function importQuestions(
  viewer: Viewer,
  input: { bankId: string; format: "csv" | "json"; content: string; skipInvalidRows: boolean },
): Promise<ImportOutcome> {
  assertAdmin(viewer);
  await assertBankExists(input.bankId);
  const { rows, fileError } = parseQuestionImport(input.format, input.content);
  if (fileError) throw new AppError("INVALID_INPUT", fileError);
  const valid = rows.flatMap((row) => (row.question ? [row.question] : []));
  const invalidCount = rows.length - valid.length;
  if (valid.length === 0) throw new AppError("INVALID_INPUT", "No valid rows to import.");
  if (invalidCount > 0 && !input.skipInvalidRows) {
    throw new AppError("INVALID_INPUT", `${invalidCount} row(s) are invalid. Confirm to import only the valid rows.`);
  }
  await insertQuestions(input.bankId, valid);
  return { imported: valid.length, skipped: invalidCount };
}

export async function insertQuestions(bankId: string, questions: QuestionFields[]) {
  const start = await nextQuestionPosition(bankId);
  await db().question.createMany({
    data: questions.map((question, index) => ({ ...question, bankId, position: start + index })),
  });
}
