import { describe, expect, it } from "vitest";
import { canReadCandidate, readableCandidatesWhere } from "@/lib/auth/access";
import { listPublishedBanks } from "@/lib/banks/queries";
import { importQuestions, moveQuestion, removeQuestion, setBankPublished } from "@/lib/banks/mutations";
import { getCoachDashboard } from "@/lib/dashboards/coach-dashboard";
import { updateConsent } from "@/lib/users/consent";
import { changeRole } from "@/lib/users/admin-users";
import { answerQuestion, assign, createBank, createUser } from "@/lib/testing/factories";
import { db } from "@/lib/db";

describe("who may read a candidate", () => {
  it("lets a coach read only assigned candidates who share, a candidate only themselves, an admin nobody", async () => {
    const coach = await createUser("COACH");
    const otherCoach = await createUser("COACH");
    const sharing = await createUser("CANDIDATE", { shareWithCoaches: true });
    const notSharing = await createUser("CANDIDATE");
    const unassigned = await createUser("CANDIDATE", { shareWithCoaches: true });
    const admin = await createUser("ADMIN");
    await assign(coach, sharing);
    await assign(coach, notSharing);

    const visibleToCoach = await db().user.findMany({ where: readableCandidatesWhere(coach), select: { id: true } });
    expect(visibleToCoach.map((user) => user.id)).toEqual([sharing.id]);
    expect(await canReadCandidate(coach, sharing.id)).toBe(true);
    expect(await canReadCandidate(coach, notSharing.id)).toBe(false);
    expect(await canReadCandidate(coach, unassigned.id)).toBe(false);
    expect(await canReadCandidate(otherCoach, sharing.id)).toBe(false);
    expect(await canReadCandidate(sharing, sharing.id)).toBe(true);
    expect(await canReadCandidate(sharing, unassigned.id)).toBe(false);
    // Admins manage accounts; they do not read anyone's practice data.
    expect(await canReadCandidate(admin, notSharing.id)).toBe(false);
    expect(await canReadCandidate(admin, sharing.id)).toBe(false);
    expect(await db().user.count({ where: readableCandidatesWhere(admin) })).toBe(0);

    const { candidates, pendingShares } = await getCoachDashboard(coach);
    expect(candidates.map((candidate) => candidate.id)).toEqual([sharing.id]);
    expect(pendingShares).toBe(1);
  });

  it("logs each consent change, and withdrawing sharing hides the candidate again", async () => {
    const coach = await createUser("COACH");
    const candidate = await createUser("CANDIDATE");
    await assign(coach, candidate);
    const choices = { shareWithCoaches: true, benchmarkOptIn: false, keepVideo: false, disfluencyScoring: true };
    await updateConsent(candidate, choices);
    expect(await canReadCandidate(coach, candidate.id)).toBe(true);
    await updateConsent(candidate, { ...choices, shareWithCoaches: false });
    expect(await canReadCandidate(coach, candidate.id)).toBe(false);
    const events = await db().consentEvent.findMany({ where: { userId: candidate.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => [event.kind, event.granted])).toEqual([
      ["SHARE_WITH_COACHES", true],
      ["SHARE_WITH_COACHES", false],
    ]);
  });

  it("drops a coach's assignments when they stop being a coach", async () => {
    const admin = await createUser("ADMIN");
    const coach = await createUser("COACH");
    const candidate = await createUser("CANDIDATE", { shareWithCoaches: true });
    await assign(coach, candidate);
    await changeRole(admin, coach.id, "CANDIDATE");
    expect(await db().coachAssignment.count({ where: { coachId: coach.id } })).toBe(0);
    await expect(changeRole(admin, admin.id, "COACH")).rejects.toThrow(/own admin role/);
  });
});

describe("question banks", () => {
  it("lists only published, unarchived banks with their live question counts", async () => {
    const published = await createBank({ questions: 3 });
    const draft = await createBank({ published: false });
    const banks = await listPublishedBanks();
    const ids = banks.map((bank) => bank.id);
    expect(ids).toContain(published.id);
    expect(ids).not.toContain(draft.id);
    expect(banks.find((bank) => bank.id === published.id)?.questionCount).toBe(3);
  });

  it("archives a question that has answers instead of deleting it, and deletes one that has none", async () => {
    const admin = await createUser("ADMIN");
    const candidate = await createUser("CANDIDATE");
    const bank = await createBank({ questions: 2 });
    const [answered, unanswered] = bank.questions;
    await answerQuestion(candidate, bank.id, answered!.id);
    expect(await removeQuestion(admin, answered!.id)).toBe("archived");
    expect(await removeQuestion(admin, unanswered!.id)).toBe("deleted");
    const archived = await db().question.findUnique({ where: { id: answered!.id } });
    expect(archived?.archivedAt).not.toBeNull();
    expect(await db().question.findUnique({ where: { id: unanswered!.id } })).toBeNull();
  });

  it("reorders questions and refuses non-admins", async () => {
    const admin = await createUser("ADMIN");
    const candidate = await createUser("CANDIDATE");
    const bank = await createBank({ questions: 3 });
    await moveQuestion(admin, bank.questions[2]!.id, "up");
    const order = await db().question.findMany({ where: { bankId: bank.id }, orderBy: { position: "asc" }, select: { id: true } });
    expect(order.map((q) => q.id)).toEqual([bank.questions[0]!.id, bank.questions[2]!.id, bank.questions[1]!.id]);
    await expect(moveQuestion(candidate, bank.questions[0]!.id, "down")).rejects.toThrow(/Only admins/);
  });

  it("imports valid rows only after the admin confirms skipping invalid ones", async () => {
    const admin = await createUser("ADMIN");
    const bank = await createBank({ questions: 1 });
    const content = "text,answerSeconds\nWhat would you do in your first week here?,60\nbad,45\n";
    await expect(importQuestions(admin, { bankId: bank.id, format: "csv", content, skipInvalidRows: false })).rejects.toThrow(
      /1 row\(s\) are invalid/,
    );
    expect(await db().question.count({ where: { bankId: bank.id } })).toBe(1);
    const outcome = await importQuestions(admin, { bankId: bank.id, format: "csv", content, skipInvalidRows: true });
    expect(outcome).toEqual({ imported: 1, skipped: 1 });
    const questions = await db().question.findMany({ where: { bankId: bank.id }, orderBy: { position: "asc" } });
    expect(questions.map((q) => [q.position, q.answerSeconds])).toEqual([
      [0, 45],
      [1, 60],
    ]);
  });

  it("will not publish a bank without a published question", async () => {
    const admin = await createUser("ADMIN");
    const bank = await createBank({ published: false, questions: 0 });
    await expect(setBankPublished(admin, bank.id, true)).rejects.toThrow(/at least one published question/);
  });
});
