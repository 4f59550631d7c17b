/**
 * Small per-test seed factories for database tests: every row gets unique keys, so test files
 * and tests never collide and nothing needs truncating.
 */
import { randomBytes } from "node:crypto";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import type { Role } from "@/lib/db/generated/enums";

const unique = () => randomBytes(5).toString("hex");

export async function createUser(role: Role, overrides: { shareWithCoaches?: boolean; name?: string } = {}): Promise<Viewer> {
  const suffix = unique();
  return db().user.create({
    data: {
      email: `${role.toLowerCase()}-${suffix}@example.test`,
      name: overrides.name ?? `${role.toLowerCase()} ${suffix}`,
      role,
      passwordHash: "not-a-real-hash",
      shareWithCoaches: overrides.shareWithCoaches ?? false,
    },
    select: { id: true, role: true, name: true, email: true },
  });
}

export async function assign(coach: Viewer, candidate: Viewer) {
  await db().coachAssignment.create({ data: { coachId: coach.id, candidateId: candidate.id } });
}

export async function createBank(options: { published?: boolean; questions?: number } = {}) {
  const suffix = unique();
  return db().questionBank.create({
    data: {
      slug: `bank-${suffix}`,
      title: `Bank ${suffix}`,
      published: options.published ?? true,
      questions: {
        create: Array.from({ length: options.questions ?? 2 }, (_, position) => ({
          text: `Question ${position + 1} of bank ${suffix}: tell me about it.`,
          position,
        })),
      },
    },
    include: { questions: { orderBy: { position: "asc" } } },
  });
}

export async function answerQuestion(candidate: Viewer, bankId: string, questionId: string) {
  const session = await db().interviewSession.create({ data: { candidateId: candidate.id, bankId } });
  return db().answer.create({
    data: { sessionId: session.id, questionId, candidateId: candidate.id, position: 0, status: "DONE" },
  });
}

/** A candidate who shares with an assigned coach, and one answer of theirs lasting `durationSec`. */
export async function sharedAnswer(durationSec: number) {
  const coach = await createUser("COACH");
  const candidate = await createUser("CANDIDATE", { shareWithCoaches: true });
  await assign(coach, candidate);
  const bank = await createBank({ questions: 1 });
  const answer = await answerQuestion(candidate, bank.id, bank.questions[0]!.id);
  await db().answer.update({ where: { id: answer.id }, data: { durationSec } });
  return { coach, candidate, answer };
}
