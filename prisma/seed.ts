// npm run db:seed: demo accounts and starter question banks. Idempotent: re-running changes
// nothing that already exists (edited banks and changed passwords are left alone).
import "../scripts/lib/react-server";
import { hashPassword } from "@/lib/auth/passwords";
import { closeDb, db } from "@/lib/db";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, SEED_BANKS } from "./seed-data";

async function seedAccounts() {
  const ids: Record<string, string> = {};
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db().user.findUnique({ where: { email: account.email }, select: { id: true } });
    const user =
      existing ??
      (await db().user.create({
        data: {
          ...account,
          passwordHash: await hashPassword(DEMO_PASSWORD),
          // The demo candidate shares with their coach so the coach views have something to show.
          shareWithCoaches: account.role === "CANDIDATE",
        },
        select: { id: true },
      }));
    ids[account.role] = user.id;
  }
  const coachId = ids.COACH;
  const candidateId = ids.CANDIDATE;
  if (coachId && candidateId) {
    await db().coachAssignment.upsert({
      where: { coachId_candidateId: { coachId, candidateId } },
      create: { coachId, candidateId },
      update: {},
    });
  }
}

async function seedBanks() {
  let created = 0;
  for (const [position, bank] of SEED_BANKS.entries()) {
    const existing = await db().questionBank.findUnique({ where: { slug: bank.slug }, select: { id: true } });
    if (existing) continue;
    await db().questionBank.create({
      data: {
        slug: bank.slug,
        title: bank.title,
        category: bank.category,
        description: bank.description,
        published: true,
        position,
        questions: {
          create: bank.questions.map((question, index) => ({
            text: question.text,
            guidance: question.guidance,
            category: bank.category,
            answerSeconds: question.answerSeconds ?? 45,
            prepSeconds: question.prepSeconds ?? 15,
            talkingPoints: question.talkingPoints ?? [],
            position: index,
          })),
        },
      },
    });
    created++;
  }
  return created;
}

try {
  await seedAccounts();
  const created = await seedBanks();
  const questionCount = SEED_BANKS.reduce((sum, bank) => sum + bank.questions.length, 0);
  console.log(`Seed: demo accounts ready; ${created} of ${SEED_BANKS.length} banks created (${questionCount} questions in the starter set).`);
} finally {
  await closeDb();
}
