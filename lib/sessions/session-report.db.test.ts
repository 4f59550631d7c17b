import { describe, expect, it } from "vitest";
import { storeVisionResults } from "@/lib/answers/store-results";
import { addCoachComment, markSessionCommentsRead } from "@/lib/comments/coach-comments";
import { db } from "@/lib/db";
import { assign, createUser, sharedAnswer } from "@/lib/testing/factories";
import { AnswerRecorder } from "@/lib/vision/analysis/answer-recorder";
import { frames, HAPPY } from "@/lib/vision/analysis/test-frames";
import { getAnswerDetails } from "./answer-details";
import { benchVariants } from "@/lib/dashboards/bench/fixtures";
import { getPrintableReport, getSessionReport } from "./session-report";

describe("session report", () => {
  it("reads every figure without the transcript's timed words; the printout and the details read them too", async () => {
    const { candidate, answer } = await sharedAnswer(90);
    const speech = benchVariants(1)[0]!.speech;
    expect(speech.words.length).toBeGreaterThan(100);
    await db().answer.update({ where: { id: answer.id }, data: { status: "DONE", speechAnalysis: speech } });

    const onPage = (await getSessionReport(candidate, answer.sessionId)).answers[0]!;
    expect(onPage.speech).not.toHaveProperty("words");
    const { words, ...summary } = speech;
    expect(onPage.speech).toEqual(summary);
    expect(onPage.unreadable).toEqual([]);

    const printed = (await getPrintableReport(candidate, answer.sessionId)).answers[0]!;
    expect(printed.speech?.words).toEqual(words);
    expect(printed.tips).toEqual(onPage.tips);
    expect((await getAnswerDetails(candidate, answer.sessionId, [answer.id]))[0]!.speech?.words).toEqual(words);
  });

  it("is readable by its candidate and their sharing coach, and by nobody else (admins included)", async () => {
    const { coach, candidate, answer } = await sharedAnswer(30);
    for (const viewer of [candidate, coach]) {
      expect((await getSessionReport(viewer, answer.sessionId)).answers.map((a) => a.id)).toEqual([answer.id]);
    }
    expect((await getSessionReport(candidate, answer.sessionId)).isOwner).toBe(true);
    expect((await getSessionReport(coach, answer.sessionId)).isOwner).toBe(false);
    for (const stranger of [await createUser("COACH"), await createUser("CANDIDATE"), await createUser("ADMIN")]) {
      await expect(getSessionReport(stranger, answer.sessionId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("marks only the viewer's own comments as theirs and never sends author ids", async () => {
    const { coach, candidate, answer } = await sharedAnswer(30);
    const otherCoach = await createUser("COACH");
    await assign(otherCoach, candidate);
    await addCoachComment(coach, { answerId: answer.id, offsetSec: 2, body: "Mine." });
    await addCoachComment(otherCoach, { answerId: answer.id, offsetSec: 4, body: "Theirs." });

    const seenBy = async (viewer: typeof coach) => (await getSessionReport(viewer, answer.sessionId)).answers[0]!.comments;
    expect((await seenBy(coach)).map((c) => [c.body, c.mine])).toEqual([["Mine.", true], ["Theirs.", false]]);
    expect((await seenBy(candidate)).map((c) => c.mine)).toEqual([false, false]);
    expect(Object.keys((await seenBy(candidate))[0]!)).not.toContain("authorId");
  });

  it("reads back face figures measured from an uploaded video with their source, and scores them", async () => {
    const { candidate, answer } = await sharedAnswer(30);
    await db().interviewSession.update({ where: { id: answer.sessionId }, data: { mode: "AUDIO_ONLY" } });
    expect((await getSessionReport(candidate, answer.sessionId)).capture).toBe("microphone only");
    const recorder = new AnswerRecorder(0, { engine: "tfjs-human", models: [{ id: "rehearse-ensemble", version: "test" }], source: "file" });
    for (const f of frames(0, 30_000, 100, { emotions: HAPPY, eyeContact: true })) recorder.add(f);
    await storeVisionResults(answer.id, recorder.finish(30_000));

    const report = await getSessionReport(candidate, answer.sessionId);
    expect(report.capture).toBe("microphone; face and gaze from an uploaded video for 1 of 1 answer");
    const [reported] = report.answers;
    expect(reported!.vision?.source).toBe("file");
    expect(reported!.vision?.dominantEmotion).toBe("happy");
    expect(reported!.scores?.attentiveness.value).toBeGreaterThan(80);
    // The timeline comes with the answer's details, read when the viewer reaches it.
    const [details] = await getAnswerDetails(candidate, answer.sessionId, [answer.id]);
    expect(details!.timeline.length).toBeGreaterThan(100);
    expect(details!.vision).toEqual(reported!.vision);
  });

  it("gives an answer's details to the same viewers as the report, and to nobody else", async () => {
    const { coach, candidate, answer } = await sharedAnswer(30);
    const detailsFor = (viewer: typeof coach, answerIds = [answer.id]) => getAnswerDetails(viewer, answer.sessionId, answerIds);
    expect((await detailsFor(candidate))[0]!.isOwner).toBe(true);
    expect((await detailsFor(coach))[0]!.isOwner).toBe(false);
    for (const stranger of [await createUser("COACH"), await createUser("CANDIDATE"), await createUser("ADMIN")]) {
      await expect(detailsFor(stranger)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    // An answer of another session is not read through this one.
    const other = await sharedAnswer(30);
    expect(await detailsFor(candidate, [other.answer.id])).toEqual([]);
  });

  it("reads each answer's question, recordings and comments (times, authors) in order", async () => {
    const { coach, candidate, answer } = await sharedAnswer(30);
    await addCoachComment(coach, { answerId: answer.id, offsetSec: 9, body: "Later." });
    await addCoachComment(coach, { answerId: answer.id, offsetSec: 1.5, body: "Earlier." });
    await markSessionCommentsRead(candidate, answer.sessionId);
    await addCoachComment(coach, { answerId: answer.id, offsetSec: 4, body: "Unread." });
    await db().mediaObject.create({ data: { key: `test/${answer.id}.webm`, kind: "AUDIO", mimeType: "audio/webm", sizeBytes: 1, ownerId: candidate.id, answerId: answer.id } });
    const question = await db().question.findFirstOrThrow({ where: { answers: { some: { id: answer.id } } } });
    const [reported] = (await getSessionReport(candidate, answer.sessionId)).answers;
    expect(reported!.question).toMatchObject({ id: question.id, text: question.text, guidance: question.guidance, talkingPoints: question.talkingPoints });
    expect(reported!.comments.map((c) => [c.offsetSec, c.body, c.author.name])).toEqual([
      [1.5, "Earlier.", coach.name],
      [4, "Unread.", coach.name],
      [9, "Later.", coach.name],
    ]);
    expect(reported!.comments.map((c) => c.readAt === null)).toEqual([false, true, false]);
    expect([reported!.hasAudio, reported!.hasVideo]).toEqual([true, false]);
    const stored = await db().coachComment.findMany({ where: { answerId: answer.id }, orderBy: { offsetSec: "asc" } });
    expect(reported!.comments.map((c) => [c.createdAt, c.readAt])).toEqual(stored.map((c) => [c.createdAt, c.readAt]));
    expect(reported!.updatedAt).toBeInstanceOf(Date);
    expect((await getAnswerDetails(candidate, answer.sessionId, [answer.id]))[0]).toMatchObject({ comments: reported!.comments, question: reported!.question });
  });
});
