import "server-only";
import { assertRole } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Published, unarchived banks with their live question counts, for candidates choosing practice. */
export async function listPublishedBanks() {
  const banks = await db().questionBank.findMany({
    where: { published: true, archivedAt: null },
    orderBy: [{ position: "asc" }, { title: "asc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      category: true,
      _count: { select: { questions: { where: { published: true, archivedAt: null } } } },
    },
  });
  return banks.map(({ _count, ...bank }) => ({ ...bank, questionCount: _count.questions }));
}

/** A published bank's live questions in order, for starting a session. */
export async function getPublishedBank(bankId: string) {
  const bank = await db().questionBank.findFirst({
    where: { id: bankId, published: true, archivedAt: null },
    select: {
      id: true,
      title: true,
      description: true,
      category: true,
      questions: {
        where: { published: true, archivedAt: null },
        orderBy: { position: "asc" },
        select: { id: true, text: true, category: true, answerSeconds: true, prepSeconds: true },
      },
    },
  });
  if (!bank) throw new AppError("NOT_FOUND", "This question bank does not exist or is not published.");
  return bank;
}

export const assertAdmin = (viewer: Viewer) => assertRole(viewer, "ADMIN", "Only admins manage question banks.");

export async function listBanksForAdmin(viewer: Viewer, { includeArchived = false } = {}) {
  assertAdmin(viewer);
  const banks = await db().questionBank.findMany({
    where: includeArchived ? {} : { archivedAt: null },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { position: "asc" }, { title: "asc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      category: true,
      published: true,
      archivedAt: true,
      updatedAt: true,
      _count: { select: { questions: { where: { archivedAt: null } }, sessions: true } },
    },
  });
  return banks.map(({ _count, ...bank }) => ({ ...bank, questionCount: _count.questions, sessionCount: _count.sessions }));
}

export async function getBankForAdmin(viewer: Viewer, bankId: string) {
  assertAdmin(viewer);
  const bank = await db().questionBank.findUnique({
    where: { id: bankId },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      category: true,
      published: true,
      archivedAt: true,
      questions: {
        orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { position: "asc" }],
        select: {
          id: true,
          text: true,
          category: true,
          guidance: true,
          answerSeconds: true,
          prepSeconds: true,
          writingSeconds: true,
          talkingPoints: true,
          position: true,
          published: true,
          archivedAt: true,
          _count: { select: { answers: true } },
        },
      },
    },
  });
  if (!bank) throw new AppError("NOT_FOUND", "No such question bank.");
  return {
    ...bank,
    questions: bank.questions.map(({ _count, ...question }) => ({ ...question, answerCount: _count.answers })),
  };
}
