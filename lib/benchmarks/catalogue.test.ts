import { describe, expect, it } from "vitest";
import { computeAnswerScores } from "@/lib/scoring/compute";
import { makeSpeech, makeVision } from "@/lib/scoring/test-fixtures";
import { binIndex } from "./aggregate";
import { extractMetricValues, getMetric, METRICS } from "./catalogue";
import { makeVocalExpression } from "@/lib/speech/vocal-expression/test-fixtures";

describe("metric catalogue", () => {
  it("has unique ids and sane bins", () => {
    expect(new Set(METRICS.map((m) => m.id)).size).toBe(METRICS.length);
    for (const m of METRICS) {
      expect(m.bins.max).toBeGreaterThan(m.bins.min);
      expect(Number.isInteger(m.bins.count) && m.bins.count > 0).toBe(true);
    }
    expect(binIndex(getMetric("speech.wpm")!.bins, 152)).toBe(18);
  });

  it("extracts known values from a complete answer", () => {
    const speech = makeSpeech({
      pace: { wpm: 152 },
      fillers: { count: 6, per100Words: 4 },
      pauses: { timeToFirstWordSec: 2.5 },
      vocalExpression: makeVocalExpression({ calm: 0.5, neutral: 0.3, happy: 0.2 }),
    });
    const vision = makeVision({ eyeContactShare: 0.7, lookingAway: { count: 3, totalMs: 4000, episodes: [] } });
    const scores = computeAnswerScores(speech, vision);
    const values = extractMetricValues({ speech, vision, scores });
    expect(values.get("speech.vocal-expression.calm")).toBe(50);
    expect(values.get("speech.vocal-expression.neutral-or-calm")).toBe(80);
    expect(values.get("speech.wpm")).toBe(152);
    expect(values.get("speech.fillers-per-100-words")).toBe(4);
    expect(values.get("speech.time-to-first-word")).toBe(2.5);
    expect(values.get("speech.pitch-variation")).toBe(3.5);
    expect(values.get("vision.eye-contact")).toBeCloseTo(70, 10);
    expect(values.get("vision.look-away-per-minute")).toBe(3);
    expect(values.get("score.attentiveness")).toBe(scores.attentiveness.value);
    expect(values.size).toBe(METRICS.length);
  });

  it("leaves out filler rate when scoring is off and face metrics when the face was rarely visible", () => {
    const speech = makeSpeech({ fillers: { scored: false } });
    const vision = makeVision({ faceVisibleShare: 0.3 });
    const values = extractMetricValues({ speech, vision, scores: computeAnswerScores(speech, vision) });
    expect(values.has("speech.fillers-per-100-words")).toBe(false);
    expect(values.has("vision.eye-contact")).toBe(false);
    expect(values.has("vision.look-away-per-minute")).toBe(false);
    expect(values.has("score.attentiveness")).toBe(false);
    expect(values.has("speech.wpm")).toBe(true);
  });

  it("leaves out vocal expression with under 10 s of classified speech", () => {
    const speech = makeSpeech({ vocalExpression: makeVocalExpression({ angry: 1 }, 7.5) });
    const values = extractMetricValues({ speech, vision: null, scores: null });
    expect(values.has("speech.vocal-expression.angry")).toBe(false);
    expect(values.has("speech.wpm")).toBe(true);
  });

  it("contributes nothing without data", () => {
    expect(extractMetricValues({ speech: null, vision: null, scores: computeAnswerScores(null, null) }).size).toBe(0);
  });
});
