import { describe, expect, it } from "vitest";
import { engagementScore, facialExpressiveness, vocalVariety } from "./engagement";
import { makeSpeech, makeVision } from "./test-fixtures";

const dist = (neutral: number, rest: Partial<Record<"angry" | "disgust" | "fear" | "happy" | "sad" | "surprise", number>>) => ({
  angry: 0, disgust: 0, fear: 0, happy: 0, sad: 0, surprise: 0, ...rest, neutral,
});

describe("facialExpressiveness", () => {
  it("is 0 for an all-neutral face", () => {
    expect(facialExpressiveness(makeVision({ emotionDistribution: dist(1, {}) }))?.level).toBe(0);
  });

  it("reaches 0.7 with one kind of expression and 1 with all six evenly", () => {
    const one = facialExpressiveness(makeVision({ emotionDistribution: dist(0.6, { happy: 0.4 }) }));
    expect(one?.variety).toBe(0);
    expect(one?.level).toBeCloseTo(0.7, 10);
    expect(one?.mostCommon).toBe("happy");
    const all = facialExpressiveness(makeVision({ emotionDistribution: dist(0.4, { angry: 0.1, disgust: 0.1, fear: 0.1, happy: 0.1, sad: 0.1, surprise: 0.1 }) }));
    expect(all?.variety).toBeCloseTo(1, 10);
    expect(all?.level).toBeCloseTo(1, 10);
  });

  it("is null when the face was not visible enough", () => {
    expect(facialExpressiveness(makeVision({ faceVisibleShare: 0.3 }))).toBeNull();
  });
});

describe("vocalVariety", () => {
  it("maps 1 semitone / 2 dB to 0 and 3.5 semitones / 6 dB to 1", () => {
    expect(vocalVariety(makeSpeech({ voice: { variabilitySemitones: 1, loudnessVariabilityDb: 2 } }))?.level).toBe(0);
    expect(vocalVariety(makeSpeech({ voice: { variabilitySemitones: 3.5, loudnessVariabilityDb: 6 } }))?.level).toBe(1);
    // pitch (2.25-1)/2.5 = 0.5, loudness (4-2)/4 = 0.5 -> 0.5
    expect(vocalVariety(makeSpeech({ voice: { variabilitySemitones: 2.25, loudnessVariabilityDb: 4 } }))?.level).toBeCloseTo(0.5, 10);
  });

  it("is null when the pitch track is unreliable", () => {
    expect(vocalVariety(makeSpeech({ voice: { reliable: false } }))).toBeNull();
  });
});

describe("engagementScore", () => {
  it("averages face and voice equally", () => {
    const r = engagementScore(
      makeSpeech({ voice: { variabilitySemitones: 3.5, loudnessVariabilityDb: 6 } }),
      makeVision({ emotionDistribution: dist(1, {}) }),
    );
    expect(r.value).toBe(50);
  });

  it("says monotone in plain words when the voice was flagged", () => {
    const r = engagementScore(makeSpeech({ voice: { variabilitySemitones: 1.2, monotone: true } }), null);
    expect(r.observations.join(" ")).toContain("1.2 semitones");
    expect(r.observations.join(" ")).toContain("monotone");
  });

  it("is insufficient with neither face nor voice", () => {
    expect(engagementScore(null, null).value).toBeNull();
  });
});
