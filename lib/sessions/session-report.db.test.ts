import { describe, expect, it } from "vitest";
import { storeVisionResults } from "@/lib/answers/store-results";
import { addCoachComment } from "@/lib/comments/coach-comments";
import { db } from "@/lib/db";
import { assign, createUser, sharedAnswer } from "@/lib/testing/factories";
import { AnswerRecorder } from "@/lib/vision/analysis/answer-recorder";
import { frames, HAPPY } from "@/lib/vision/analysis/test-frames";
import { getSessionReport } from "./session-report";

describe("session report", () => {
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
    expect(reported!.timeline.length).toBeGreaterThan(100);
    expect(reported!.scores?.attentiveness.value).toBeGreaterThan(80);
  });
});
