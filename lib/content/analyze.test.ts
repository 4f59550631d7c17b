import { describe, expect, it } from "vitest";
import { analyzeContent } from "./analyze";
import { STAR_ANSWER } from "./fixtures";

describe("analyzeContent", () => {
  it("puts every metric together for a behavioural answer", () => {
    const result = analyzeContent({
      text: STAR_ANSWER,
      source: "spoken",
      durationSec: 25,
      question: { text: "Tell me about a time you fixed something under pressure.", category: "behavioural", talkingPoints: ["root cause", "database"], answerSeconds: 45 },
    });
    expect(result.wordCount).toBe(45);
    expect(result.starExpected).toBe(true);
    expect(result.star.missing).toEqual([]);
    expect(result.length.seconds?.status).toBe("short");
    expect(result.talkingPoints.map((p) => p.covered)).toEqual([false, true]);
    expect(result.pronouns.i).toBeGreaterThan(0);
    expect(result.readability.grade).not.toBeNull();
  });

  it("does not expect STAR from a document and ignores duration for typed text", () => {
    const result = analyzeContent({ text: "Dear hiring manager, I am applying.", source: "document", durationSec: 30 });
    expect(result.starExpected).toBe(false);
    expect(result.length.kind).toBe("document");
    expect(result.length.seconds).toBeNull();
  });
});
