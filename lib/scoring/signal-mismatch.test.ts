import { describe, expect, it } from "vitest";
import { signalMismatchScore } from "./signal-mismatch";
import { makeVocalExpression } from "@/lib/speech/vocal-expression/test-fixtures";
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

describe("signalMismatchScore with vocal expression", () => {
  it("compares the face's and the voice's expression readings (calm counted as neutral)", () => {
    const alike = signalMismatchScore(
      makeSpeech({ vocalExpression: makeVocalExpression({ calm: 0.6, neutral: 0.4 }) }),
      makeVision({ emotionDistribution: flatFace }),
    );
    expect(alike.value).toBe(0);
    expect(alike.observations[0]).toContain("read alike");
    const apart = signalMismatchScore(
      makeSpeech({ vocalExpression: makeVocalExpression({ angry: 0.8, neutral: 0.2 }) }),
      makeVision({ emotionDistribution: smilingFace }),
    );
    expect(apart.value).toBe(80);
    expect(apart.observations[0]).toMatch(/^Signals disagreed: the face most often showed (happy|neutral) while the voice most often sounded angry/);
    expect(apart.observations.join(" ")).not.toMatch(/felt|insincere|lie|honest|fake/i);
  });

  it("falls back to liveliness when too little speech was classified", () => {
    const r = signalMismatchScore(makeSpeech({ voice: flatVoice, vocalExpression: makeVocalExpression({ angry: 1 }, 5) }), makeVision({ emotionDistribution: smilingFace }));
    expect(r.value).toBe(70);
  });
});
