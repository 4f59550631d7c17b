import { describe, expect, it } from "vitest";
import { consentCoversSession, questionsToAsk } from "./resume";

describe("consentCoversSession", () => {
  const started = new Date("2026-12-01T10:00:00Z");
  it("skips the consent step when consent was given during this session", () => {
    expect(consentCoversSession(new Date("2026-12-01T10:00:05Z"), started)).toBe(true);
  });
  it("asks again for a new session, or when never given", () => {
    expect(consentCoversSession(new Date("2026-11-30T10:00:00Z"), started)).toBe(false);
    expect(consentCoversSession(null, started)).toBe(false);
  });
});

describe("questionsToAsk", () => {
  const answers = [
    { id: "a", status: "DONE" },
    { id: "b", status: "PROCESSING" },
    { id: "c", status: "PENDING" },
    { id: "d", status: "PENDING" },
  ];
  it("resumes at the first unanswered question", () => {
    expect(questionsToAsk(answers, null)).toEqual({ answers: [answers[2], answers[3]], retake: false });
  });
  it("asks only the re-taken question", () => {
    expect(questionsToAsk(answers, "a")).toEqual({ answers: [answers[0]], retake: true });
  });
  it("does not re-take an answer being analysed, or one from another session", () => {
    expect(questionsToAsk(answers, "b").retake).toBe(false);
    expect(questionsToAsk(answers, "zzz").retake).toBe(false);
  });
});
