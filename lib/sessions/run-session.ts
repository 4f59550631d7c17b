import "server-only";
import type { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import type { answerEventSchema, calibrationInputSchema, startSessionSchema } from "@/lib/schemas/sessions";

/** Starts a practice session on a published bank (all its live questions, or a chosen subset). */
export async function startSession(viewer: Viewer, input: z.infer<typeof startSessionSchema>) {
  if (viewer.role !== "CANDIDATE") throw new AppError("FORBIDDEN", "Only candidates practise.");
  const bank = await db().questionBank.findFirst({
    where: { id: input.bankId, published: true, archivedAt: null },
    select: {
      id: true,
      questions: { where: { published: true, archivedAt: null }, orderBy: { position: "asc" }, select: { id: true } },
    },
  });
  if (!bank) throw new AppError("NOT_FOUND", "This question bank does not exist or is not published.");
  const chosen = input.questionIds.length
    ? bank.questions.filter((question) => input.questionIds.includes(question.id))
    : bank.questions;
  if (chosen.length === 0) throw new AppError("INVALID_INPUT", "Choose at least one question.");
  const session = await db().interviewSession.create({
    data: {
      candidateId: viewer.id,
      bankId: bank.id,
      mode: input.mode,
      answers: {
        create: chosen.map((question, position) => ({ questionId: question.id, candidateId: viewer.id, position })),
      },
    },
    select: { id: true },
  });
  await db().user.update({ where: { id: viewer.id }, data: { lastActiveAt: new Date() } });
  return session;
}

/** What the interview runner needs: the owner's session with its questions, in order. */
export async function getSessionForRunner(viewer: Viewer, sessionId: string) {
  const session = await db().interviewSession.findFirst({
    where: { id: sessionId, candidateId: viewer.id },
    select: {
      id: true,
      mode: true,
      status: true,
      startedAt: true,
      calibration: true,
      bank: { select: { title: true } },
      answers: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          status: true,
          // Written sessions: the draft kept by autosave, and when writing began (the timer resumes from it).
          textAnswer: true,
          startedAt: true,
          question: { select: { text: true, answerSeconds: true, prepSeconds: true, writingSeconds: true } },
        },
      },
    },
  });
  if (!session) throw new AppError("NOT_FOUND", "No such session, or it is not yours.");
  return session;
}

async function ownedAnswer(viewer: Viewer, answerId: string) {
  const answer = await db().answer.findFirst({
    where: { id: answerId, candidateId: viewer.id },
    select: { id: true, status: true, sessionId: true, startedAt: true },
  });
  if (!answer) throw new AppError("NOT_FOUND", "No such answer, or it is not yours.");
  return answer;
}

/** Start, finish or skip one answer. Finished answers keep their results if the candidate leaves. */
export async function recordAnswerEvent(viewer: Viewer, input: z.infer<typeof answerEventSchema>) {
  const answer = await ownedAnswer(viewer, input.answerId);
  const now = new Date();
  switch (input.event) {
    case "started":
      await db().answer.update({ where: { id: answer.id }, data: { startedAt: now } });
      break;
    case "finished":
      await db().answer.update({
        where: { id: answer.id },
        data: {
          endedAt: now,
          durationSec: input.durationSec ?? null,
          // Analysis status is driven by the upload; only move a fresh answer forward.
          ...(answer.status === "PENDING" ? { status: "RECORDED" as const } : {}),
        },
      });
      break;
    case "skipped":
      await db().answer.update({ where: { id: answer.id }, data: { status: "SKIPPED", endedAt: now } });
      break;
  }
}

export async function saveSessionCalibration(viewer: Viewer, input: z.infer<typeof calibrationInputSchema>) {
  const session = await db().interviewSession.findFirst({ where: { id: input.sessionId, candidateId: viewer.id }, select: { id: true } });
  if (!session) throw new AppError("NOT_FOUND", "No such session, or it is not yours.");
  await db().$transaction([
    db().interviewSession.update({
      where: { id: session.id },
      data: { calibration: input.calibration ?? Prisma.DbNull },
    }),
    ...(input.calibration ? [db().user.update({ where: { id: viewer.id }, data: { gazeCalibration: input.calibration } })] : []),
  ]);
}

/** Ends the session; unanswered questions are marked skipped so the report is complete. */
export async function completeSession(viewer: Viewer, sessionId: string) {
  const session = await db().interviewSession.findFirst({ where: { id: sessionId, candidateId: viewer.id }, select: { id: true } });
  if (!session) throw new AppError("NOT_FOUND", "No such session, or it is not yours.");
  await db().$transaction([
    db().answer.updateMany({ where: { sessionId, status: "PENDING" }, data: { status: "SKIPPED" } }),
    db().interviewSession.update({ where: { id: sessionId }, data: { status: "COMPLETED", completedAt: new Date() } }),
  ]);
}

/**
 * When the candidate agreed to this session's analysis at its consent step (camera for live sessions,
 * microphone otherwise), or null when they have not yet: the runner asks once per session.
 */
export async function sessionConsentAt(viewer: Viewer, session: { mode: string; startedAt: Date }): Promise<Date | null> {
  const event = await db().consentEvent.findFirst({
    where: {
      userId: viewer.id,
      kind: session.mode === "LIVE" ? "CAMERA_ANALYSIS" : "MICROPHONE_ANALYSIS",
      granted: true,
      createdAt: { gte: session.startedAt },
    },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return event?.createdAt ?? null;
}
