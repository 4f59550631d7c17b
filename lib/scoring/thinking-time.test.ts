import { describe, expect, it } from "vitest";
import { makeSpeech, makeVision } from "./test-fixtures";
import { thinkingTimeScore, thinkingTimeValue } from "./thinking-time";

describe("thinkingTimeValue", () => {
  it("does not punish pauses up to 4 s and declines gently to a floor of 40", () => {
    expect(thinkingTimeValue(0.3)).toBe(100);
    expect(thinkingTimeValue(2.5)).toBe(100);
    expect(thinkingTimeValue(4)).toBe(100);
    expect(thinkingTimeValue(8)).toBe(70);
    expect(thinkingTimeValue(12)).toBe(40);
    expect(thinkingTimeValue(60)).toBe(40);
  });
});

describe("thinkingTimeScore", () => {
  it("reports a normal pause as normal", () => {
    const r = thinkingTimeScore(makeSpeech({ pauses: { timeToFirstWordSec: 2.4 } }), null);
    expect(r.value).toBe(100);
    expect(r.observations[0]).toContain("2.4 s");
    expect(r.observations[0]).toContain("usual");
    expect(r.reliability.level).toBe("high");
  });

  it("lists looking away before the first word without changing the value", () => {
    const vision = makeVision({
      lookingAway: {
        count: 2,
        totalMs: 5000,
        episodes: [
          { startMs: 500, durationMs: 2000, direction: "up-left" },
          { startMs: 30_000, durationMs: 3000, direction: "down" },
        ],
      },
    });
    const r = thinkingTimeScore(makeSpeech({ pauses: { timeToFirstWordSec: 3 } }), vision);
    expect(r.value).toBe(100);
    expect(r.inputs.find((i) => i.name === "Looking-away episodes before speaking")?.value).toBe(1);
    expect(r.observations.join(" ")).toContain("up-left for 2 s");
  });

  it("is insufficient with no words and low for short answers", () => {
    expect(thinkingTimeScore(makeSpeech({ pace: { wordCount: 0 } }), null).value).toBeNull();
    expect(thinkingTimeScore(makeSpeech({ pace: { speakingTimeSec: 5 } }), null).reliability.level).toBe("low");
  });
});
