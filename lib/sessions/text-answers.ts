import "server-only";
import type { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";
import { DocumentError, extractDocumentText } from "@/lib/content/documents";
import { words } from "@/lib/content/text";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { submitTextAnswerSchema, textDraftSchema } from "@/lib/schemas/text-answers";

/** The owner's answer in a written (TEXT) session; anything else is "not found" to them. */
async function ownedTextAnswer(viewer: Viewer, answerId: string) {
  const answer = await db().answer.findFirst({
    where: { id: answerId, candidateId: viewer.id },
    select: { id: true, status: true, startedAt: true, session: { select: { mode: true } } },
  });
  if (!answer) throw new AppError("NOT_FOUND", "No such answer, or it is not yours.");
  if (answer.session.mode !== "TEXT") throw new AppError("CONFLICT", "Written answers belong to written sessions.");
  return answer;
}

/** Autosave: a draft is kept while the question is open, and never overwrites a submitted answer. */
export async function saveTextDraft(viewer: Viewer, input: z.infer<typeof textDraftSchema>) {
  const answer = await ownedTextAnswer(viewer, input.answerId);
  if (answer.status !== "PENDING") return { saved: false as const, reason: "This answer has already been submitted." };
  const savedAt = new Date();
  await db().answer.update({
    where: { id: answer.id },
    data: { textAnswer: input.text, textSource: "TYPED", textSavedAt: savedAt, startedAt: answer.startedAt ?? savedAt },
  });
  return { saved: true as const, savedAt: savedAt.toISOString() };
}

/** Submits a typed answer (by the candidate or at time-out). An empty answer counts as skipped. */
export async function submitTextAnswer(viewer: Viewer, input: z.infer<typeof submitTextAnswerSchema>) {
  const answer = await ownedTextAnswer(viewer, input.answerId);
  if (answer.status !== "PENDING") throw new AppError("CONFLICT", "This answer has already been submitted.");
  const now = new Date();
  const empty = words(input.text).length === 0;
  await db().answer.update({
    where: { id: answer.id },
    data: {
      status: empty ? "SKIPPED" : "DONE",
      textAnswer: empty ? null : input.text,
      textSource: empty ? null : "TYPED",
      textSavedAt: now,
      startedAt: answer.startedAt ?? now,
      endedAt: now,
      durationSec: input.durationSec ?? null,
    },
  });
  return { status: empty ? ("SKIPPED" as const) : ("DONE" as const) };
}

/**
 * A document (cover letter, CV) as the answer: its text is extracted and kept, the file is not.
 * Replaces a typed draft, or an earlier document, of the same answer.
 */
export async function submitDocumentAnswer(viewer: Viewer, input: { answerId: string; bytes: Uint8Array; fileName: string }) {
  const answer = await ownedTextAnswer(viewer, input.answerId);
  if (answer.status !== "PENDING" && answer.status !== "DONE") throw new AppError("CONFLICT", "This answer can no longer be changed.");
  let extracted;
  try {
    extracted = await extractDocumentText(input.bytes);
  } catch (error) {
    if (error instanceof DocumentError) {
      throw new AppError(error.code === "UNSUPPORTED_DOCUMENT" ? "UNSUPPORTED_MEDIA" : "INVALID_INPUT", error.message);
    }
    throw error;
  }
  const now = new Date();
  await db().answer.update({
    where: { id: answer.id },
    data: {
      status: "DONE",
      textAnswer: extracted.text,
      textSource: extracted.kind,
      documentName: input.fileName,
      textSavedAt: now,
      startedAt: answer.startedAt ?? now,
      endedAt: now,
    },
  });
  return { kind: extracted.kind, wordCount: words(extracted.text).length };
}

/** The question's guidance, only once the owner has finished (or skipped) the answer. */
export async function getAnswerGuidance(viewer: Viewer, answerId: string): Promise<{ guidance: string }> {
  const answer = await db().answer.findFirst({
    where: { id: answerId, candidateId: viewer.id },
    select: { status: true, endedAt: true, question: { select: { guidance: true } } },
  });
  if (!answer) throw new AppError("NOT_FOUND", "No such answer, or it is not yours.");
  if (answer.status === "PENDING" && answer.endedAt === null) throw new AppError("CONFLICT", "Guidance is shown once the answer is finished.");
  return { guidance: answer.question.guidance };
}
