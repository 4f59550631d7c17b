import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assign, createBank, createUser } from "@/lib/testing/factories";
import { metricValuesFromStored } from "@/lib/benchmarks/stored-values";
import { makeSpeech } from "@/lib/scoring/test-fixtures";
import { getAdminOverview, getAdminTiles } from "./admin-overview";
import { loadAnswerPoints } from "./answer-points";
import { getCandidateDashboard } from "./candidate-dashboard";
import { getCoachDashboard } from "./coach-dashboard";
import { addComment, addJob, createAnalysedSession, type Measured } from "./test-factories";

const day = (d: number) => new Date(Date.UTC(2026, 0, d, 10));
const m = (fillersPer100: number, eyeContact = 0.7, wpm = 150): Measured => ({ wpm, fillersPer100, eyeContact });

describe("candidate dashboard", () => {
  it("shows sessions, trends, first-vs-now and unread comments for the candidate's own data only", async () => {
    const candidate = await createUser("CANDIDATE", { shareWithCoaches: true });
    const other = await createUser("CANDIDATE");
    const coach = await createUser("COACH");
    const bank = await createBank({ questions: 2 });
    // Fillers per answer, oldest first: 6, 7, 5 | 4, 3, 2 -> first three mean 6, last three mean 3.
    const s1 = await createAnalysedSession(candidate, bank, [m(6), m(7)], day(1));
    await createAnalysedSession(candidate, bank, [m(5), m(4)], day(2));
    const s3 = await createAnalysedSession(candidate, bank, [m(3), m(2)], day(3));
    await createAnalysedSession(other, bank, [m(15), m(15)], day(4));
    await addComment(coach, s1.answers[0]!.id);
    await addComment(coach, s1.answers[1]!.id);
    await addComment(coach, s3.answers[0]!.id, true);

    const dash = await getCandidateDashboard(candidate);
    expect(dash.sessionCount).toBe(3);
    expect(dash.sessions.map((s) => s.answersDone)).toEqual([2, 2, 2]);
    expect(dash.sessions[0]!.id).toBe(s3.session.id);
    expect(dash.analysedAnswers).toBe(6);
    const fillers = dash.trends.find((t) => t.metric.id === "speech.fillers-per-100-words")!;
    expect(fillers.series.map((p) => p.value)).toEqual([6, 7, 5, 4, 3, 2]);
    expect(fillers.change).toMatchObject({ first: 6, now: 3, direction: "lower" });
    expect(fillers.change!.text).toBe("Fillers: 6.0 → 3.0 per 100 words (lower than in your first answers)");
    expect(dash.unreadComments.total).toBe(2);
    expect(dash.unreadComments.sessions).toEqual([expect.objectContaining({ sessionId: s1.session.id, count: 2 })]);
    const ranked = [...dash.questions.strongest, ...dash.questions.weakest];
    expect(ranked.map((q) => q.answers).sort()).toEqual([3, 3]);
  });

  it("lets a coach read a sharing assigned candidate, and never a non-sharing or unassigned one", async () => {
    const coach = await createUser("COACH");
    const sharing = await createUser("CANDIDATE", { shareWithCoaches: true });
    const notSharing = await createUser("CANDIDATE");
    const unassigned = await createUser("CANDIDATE", { shareWithCoaches: true });
    await assign(coach, sharing);
    await assign(coach, notSharing);
    const bank = await createBank();
    for (const c of [sharing, notSharing, unassigned]) await createAnalysedSession(c, bank, [m(3)], day(5));

    expect((await getCandidateDashboard(coach, sharing.id)).sessionCount).toBe(1);
    await expect(getCandidateDashboard(coach, notSharing.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getCandidateDashboard(coach, unassigned.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getCandidateDashboard(sharing, unassigned.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Admins manage accounts; a candidate's dashboard is not theirs to read.
    const admin = await createUser("ADMIN");
    await expect(getCandidateDashboard(admin, notSharing.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is empty for a new candidate", async () => {
    const candidate = await createUser("CANDIDATE");
    const dash = await getCandidateDashboard(candidate);
    expect(dash.sessionCount).toBe(0);
    expect(dash.trends.every((t) => t.series.length === 0 && t.change === null)).toBe(true);
    expect(dash.questions).toEqual({ strongest: [], weakest: [] });
  });
});

describe("loadAnswerPoints", () => {
  it("gives the same metric values as the full stored JSON, with the heavy arrays stripped in SQL", async () => {
    const candidate = await createUser("CANDIDATE");
    const bank = await createBank();
    const { session, answers } = await createAnalysedSession(candidate, bank, [m(4.5, 0.62, 137)], day(9));
    const words = Array.from({ length: 300 }, (_, i) => ({ text: "word", start: 2 + i * 0.15, end: 2.1 + i * 0.15 }));
    const speechOnly = makeSpeech({ words, fillers: { count: 1, per100Words: 3.3, items: [{ word: "um", start: 3, end: 3.2, index: 4 }] } });
    await db().answer.create({
      data: { sessionId: session.id, questionId: bank.questions[1]!.id, candidateId: candidate.id, position: 1, status: "DONE", speechAnalysis: speechOnly, createdAt: day(10) },
    });
    const stored = await db().answer.findMany({ where: { candidateId: candidate.id }, orderBy: { createdAt: "asc" } });
    const points = await loadAnswerPoints(candidate.id);
    expect(points.map((p) => p.answerId)).toEqual([answers[0]!.id, stored[1]!.id]);
    for (const [i, p] of points.entries()) {
      expect(p.values).toEqual(Object.fromEntries(metricValuesFromStored(stored[i]!)));
    }
    expect(points[1]!.values["speech.fillers-per-100-words"]).toBe(3.30078125);
    expect(points[1]!.values["vision.eye-contact"]).toBeUndefined();
  });
});

describe("coach dashboard", () => {
  it("lists only assigned sharing candidates, with sparklines and open items", async () => {
    const coach = await createUser("COACH");
    const otherCoach = await createUser("COACH");
    const sharing = await createUser("CANDIDATE", { shareWithCoaches: true });
    const notSharing = await createUser("CANDIDATE");
    const othersCandidate = await createUser("CANDIDATE", { shareWithCoaches: true });
    await assign(coach, sharing);
    await assign(coach, notSharing);
    await assign(otherCoach, othersCandidate);
    const bank = await createBank();
    const first = await createAnalysedSession(sharing, bank, [m(4, 0.5, 120), m(3, 0.6, 130)], day(6));
    await createAnalysedSession(notSharing, bank, [m(9)], day(6));
    await createAnalysedSession(othersCandidate, bank, [m(9)], day(6));
    const comment = await addComment(coach, first.answers[1]!.id);
    await db().coachComment.update({ where: { id: comment.id }, data: { createdAt: day(7) } });
    await createAnalysedSession(sharing, bank, [m(2, 0.8, 140)], day(8));

    const { candidates, pendingShares } = await getCoachDashboard(coach);
    expect(candidates.map((c) => c.id)).toEqual([sharing.id]);
    expect(pendingShares).toBe(1);
    const row = candidates[0]!;
    expect(row.sessionCount).toBe(2);
    expect(row.sparklines.find((s) => s.metric.id === "speech.wpm")!.values).toEqual([120, 130, 140]);
    expect(row.awaitingFeedback).toBe(1);
    expect(row.unreadByCandidate).toBe(1);
    expect(row.recentSessions).toHaveLength(2);

    const other = await getCoachDashboard(otherCoach);
    expect(other.candidates.map((c) => c.id)).toEqual([othersCandidate.id]);
    const candidate = await createUser("CANDIDATE");
    await expect(getCoachDashboard(candidate)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("admin overview", () => {
  it("counts sessions per day, failures by reason with the latest message, queue depth and roles", async () => {
    const admin = await createUser("ADMIN");
    const candidate = await createUser("CANDIDATE");
    const bank = await createBank();
    const now = new Date("2026-06-20T12:00:00Z");
    const a = await createAnalysedSession(candidate, bank, [m(3), m(3)], new Date("2026-06-20T08:00:00Z"));
    await createAnalysedSession(candidate, bank, [m(3)], new Date("2026-06-18T08:00:00Z"));
    await createAnalysedSession(candidate, bank, [m(3)], new Date("2026-05-01T08:00:00Z")); // outside the 30 days
    const answerId = a.answers[0]!.id;
    await addJob(answerId, "FAILED", "NO_SPEECH", "older message");
    await new Promise((r) => setTimeout(r, 5));
    await addJob(answerId, "FAILED", "NO_SPEECH", "No speech was detected.");
    await addJob(answerId, "FAILED", "DECODE_FAILED", "Could not decode the audio.");
    await addJob(answerId, "QUEUED");
    await addJob(answerId, "RUNNING");
    await addJob(answerId, "SUCCEEDED");

    const o = await getAdminOverview(admin, now);
    expect(o.sessionsPerDay).toHaveLength(30);
    expect(o.sessionsPerDay.at(-1)).toEqual({ day: "2026-06-20", count: 1 });
    expect(o.sessionsPerDay.at(-3)).toEqual({ day: "2026-06-18", count: 1 });
    expect(o.sessionsPerDay.reduce((s, d) => s + d.count, 0)).toBe(2);
    expect(o.failures).toEqual([
      expect.objectContaining({ errorCode: "NO_SPEECH", count: 2, latestMessage: "No speech was detected." }),
      expect.objectContaining({ errorCode: "DECODE_FAILED", count: 1 }),
    ]);
    expect(o.queue).toEqual({ queued: 1, running: 1 });
    expect(o.usersByRole.ADMIN).toBeGreaterThanOrEqual(1);
    expect(o.usersByRole.CANDIDATE).toBeGreaterThanOrEqual(1);
    await expect(getAdminOverview(candidate)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getAdminTiles(await createUser("COACH"))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
