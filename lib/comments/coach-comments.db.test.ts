import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assign, createUser, sharedAnswer } from "@/lib/testing/factories";
import { addCoachComment, deleteOwnComment, markSessionCommentsRead, unreadCommentCount } from "./coach-comments";

describe("coach comments", () => {
  it("lets the assigned coach comment at a time offset; the candidate sees it unread until opening the report", async () => {
    const { coach, candidate, answer } = await sharedAnswer(40);
    const comment = await addCoachComment(coach, { answerId: answer.id, offsetSec: 12.5, body: "Strong opening." });
    expect(comment.sessionId).toBe(answer.sessionId);
    expect(await unreadCommentCount(candidate)).toBe(1);
    expect(await markSessionCommentsRead(candidate, answer.sessionId)).toBe(1);
    expect(await unreadCommentCount(candidate)).toBe(0);
  });

  it("refuses another coach, a candidate who stopped sharing, candidates and offsets past the end", async () => {
    const { coach, candidate, answer } = await sharedAnswer(40);
    const otherCoach = await createUser("COACH");
    await expect(addCoachComment(otherCoach, { answerId: answer.id, offsetSec: 1, body: "Hi" })).rejects.toThrow(/does not share with you/);
    await expect(addCoachComment(candidate, { answerId: answer.id, offsetSec: 1, body: "Hi" })).rejects.toThrow(/Only coaches/);
    await expect(addCoachComment(coach, { answerId: answer.id, offsetSec: 90, body: "Late" })).rejects.toThrow(/only 40 s long/);
    await db().user.update({ where: { id: candidate.id }, data: { shareWithCoaches: false } });
    await expect(addCoachComment(coach, { answerId: answer.id, offsetSec: 1, body: "Hi" })).rejects.toThrow(/does not share with you/);
  });

  it("lets a coach delete only their own comments", async () => {
    const { coach, candidate, answer } = await sharedAnswer(40);
    const otherCoach = await createUser("COACH");
    await assign(otherCoach, candidate);
    const mine = await addCoachComment(coach, { answerId: answer.id, offsetSec: 3, body: "Slow down here." });
    const theirs = await addCoachComment(otherCoach, { answerId: answer.id, offsetSec: 5, body: "Nice example." });
    expect(await unreadCommentCount(candidate)).toBe(2);

    await expect(deleteOwnComment(otherCoach, mine.id)).rejects.toThrow(/No such comment of yours/);
    await expect(deleteOwnComment(candidate, mine.id)).rejects.toThrow(/No such comment of yours/);
    expect(await deleteOwnComment(coach, mine.id)).toEqual({ sessionId: answer.sessionId });
    await expect(deleteOwnComment(coach, mine.id)).rejects.toThrow(/No such comment of yours/);

    const left = await db().coachComment.findMany({ where: { answerId: answer.id }, select: { id: true } });
    expect(left).toEqual([{ id: theirs.id }]);
    expect(await unreadCommentCount(candidate)).toBe(1);
  });
});
