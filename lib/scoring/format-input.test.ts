import { describe, expect, it } from "vitest";
import { computeAnswerScores } from "./compute";
import { makeSpeech, makeTimeline, makeVision, peaked } from "./test-fixtures";
import { formatScoreInput } from "./types";

describe("formatScoreInput", () => {
  it("reads as a quantity, not as a number next to a range or a type", () => {
    expect(formatScoreInput({ name: "Vocal variety", value: 92, unit: "out of 100" })).toBe("92 out of 100");
    expect(formatScoreInput({ name: "Episodes", value: 6, unit: "times" })).toBe("6 times");
    expect(formatScoreInput({ name: "Eye contact", value: 54, unit: "% of face-visible time" })).toBe("54% of face-visible time");
    expect(formatScoreInput({ name: "Pause", value: 2.456, unit: "s" })).toBe("2.46 s");
    expect(formatScoreInput({ name: "Pause", value: null, unit: "s" })).toBe("—");
  });

  it("no score uses a bare range or a statistics term as its unit", () => {
    const scores = computeAnswerScores(makeSpeech(), makeVision(), { timeline: makeTimeline(60, () => peaked("happy")) });
    const units = [scores.attentiveness, scores.composure, scores.engagement, scores.thinkingTime, scores.signalMismatch].flatMap((s) => s.inputs.map((i) => i.unit));
    expect(units.length).toBeGreaterThan(8);
    for (const unit of units) expect(unit).not.toMatch(/^(0-100|count)$|total-variation|entropy|\bSD\b/);
  });
});
