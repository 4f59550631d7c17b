import { describe, expect, it } from "vitest";
import { signalMismatchScore } from "./signal-mismatch";
import { makeSpeech, makeVision } from "./test-fixtures";

const flatFace = { angry: 0, disgust: 0, fear: 0, happy: 0, sad: 0, surprise: 0, neutral: 1 };
const smilingFace = { angry: 0, disgust: 0, fear: 0, happy: 0.5, sad: 0, surprise: 0, neutral: 0.5 };
const flatVoice = { variabilitySemitones: 1, loudnessVariabilityDb: 2, monotone: true };
const livelyVoice = { variabilitySemitones: 4, loudnessVariabilityDb: 7 };

describe("signalMismatchScore", () => {
  it("is 70 for an expressive face (one kind of expression) with a flat voice", () => {
    const r = signalMismatchScore(makeSpeech({ voice: flatVoice }), makeVision({ emotionDistribution: smilingFace }));
    expect(r.value).toBe(70);
    expect(r.observations[0]).toMatch(/^Signals disagreed: your face was more expressive/);
  });

  it("is 100 for a lively voice with a neutral face, and says so without judging", () => {
    const r = signalMismatchScore(makeSpeech({ voice: livelyVoice }), makeVision({ emotionDistribution: flatFace }));
    expect(r.value).toBe(100);
    expect(r.observations[0]).toContain("your voice varied more");
    expect(r.observations.join(" ")).not.toMatch(/insincere|lie|honest|fake/i);
  });

  it("is 0 when both are equally flat", () => {
    const r = signalMismatchScore(makeSpeech({ voice: flatVoice }), makeVision({ emotionDistribution: flatFace }));
    expect(r.value).toBe(0);
    expect(r.observations[0]).toContain("similarly");
  });

  it("needs both channels", () => {
    expect(signalMismatchScore(makeSpeech(), null).value).toBeNull();
    expect(signalMismatchScore(null, makeVision()).value).toBeNull();
    expect(signalMismatchScore(makeSpeech({ voice: { reliable: false } }), makeVision()).reliability.level).toBe("insufficient");
  });
});
