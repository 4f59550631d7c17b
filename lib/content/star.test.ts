import { describe, expect, it } from "vitest";
import { NO_RESULT_ANSWER, STAR_ANSWER } from "./fixtures";
import { isBehavioural, starStructure } from "./star";

describe("starStructure", () => {
  it("finds each part of a complete STAR answer in its own sentence", () => {
    const result = starStructure(STAR_ANSWER);
    expect(result.missing).toEqual([]);
    expect(result.parts.situation.sentences.map((s) => s.index)).toEqual([0]);
    expect(result.parts.task.sentences.map((s) => s.index)).toEqual([1]);
    expect(result.parts.action.sentences.map((s) => s.index)).toContain(2);
    expect(result.parts.result.sentences.map((s) => s.index)).toEqual([3]);
    expect(result.parts.task.sentences[0]!.cue).toBe("my task");
    expect(result.parts.result.sentences[0]!.text).toBe("As a result, timeouts fell by 80% and we shipped on time.");
  });

  it("names the missing parts", () => {
    const result = starStructure(NO_RESULT_ANSWER);
    expect(result.parts.situation.present).toBe(true);
    expect(result.parts.action.present).toBe(true);
    expect(result.parts.action.sentences[0]!.cue).toBe("I organised");
    expect(result.missing).toEqual(["task", "result"]);
  });

  it("counts a measured change as a result cue", () => {
    expect(starStructure("Support tickets went from 40 to 12 a week.").parts.result.present).toBe(true);
    expect(starStructure("Costs were halved.").parts.result.sentences[0]!.cue.toLowerCase()).toBe("halved");
  });

  it("finds nothing in an answer without a story", () => {
    expect(starStructure("Blue is my favourite colour.").missing).toEqual(["situation", "task", "action", "result"]);
    expect(starStructure("").missing).toHaveLength(4);
  });
});

describe("isBehavioural", () => {
  it("reads the category, or the usual wording", () => {
    expect(isBehavioural({ category: "behavioural" })).toBe(true);
    expect(isBehavioural({ category: "Behavioral" })).toBe(true);
    expect(isBehavioural({ category: "general", text: "Tell me about a time you disagreed with a manager." })).toBe(true);
    expect(isBehavioural({ category: "motivation", text: "Why do you want this job?" })).toBe(false);
  });
});
