import { describe, expect, it } from "vitest";
import { computeAnswerScores } from "./compute";
import { makeSpeech, makeTimeline, makeVision, peaked } from "./test-fixtures";
import { answerScoresSchema, SCORE_IDS, SCORING_VERSION } from "./types";

describe("computeAnswerScores", () => {
  it("returns every score with the version, in the stored (schema-valid) shape", () => {
    const scores = computeAnswerScores(makeSpeech(), makeVision(), { timeline: makeTimeline(60, () => peaked("neutral")) });
    expect(scores.version).toBe(SCORING_VERSION);
    expect(answerScoresSchema.parse(JSON.parse(JSON.stringify(scores)))).toEqual(scores);
    for (const id of SCORE_IDS) expect(scores[id].value).not.toBeNull();
  });

  it("marks face-based scores insufficient without a camera but keeps speech-based ones", () => {
    const scores = computeAnswerScores(makeSpeech(), null);
    expect(scores.attentiveness.value).toBeNull();
    expect(scores.signalMismatch.value).toBeNull();
    expect(scores.thinkingTime.value).toBe(100);
    expect(scores.composure.value).not.toBeNull();
  });

  it("marks everything insufficient with no data at all", () => {
    const scores = computeAnswerScores(null, null);
    for (const id of SCORE_IDS) {
      expect(scores[id].value).toBeNull();
      expect(scores[id].reliability.level).toBe("insufficient");
      expect(scores[id].reliability.reasons.length).toBeGreaterThan(0);
    }
  });
});
