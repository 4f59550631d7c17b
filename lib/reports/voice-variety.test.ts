import { describe, expect, it } from "vitest";
import type { SpeechAnalysis } from "@/lib/speech/schema";
import { meterSentence, varietyMeters } from "./voice-variety";

const voice = (over: Partial<SpeechAnalysis["voice"]>): SpeechAnalysis["voice"] => ({
  medianHz: 120, p5Hz: 90, p95Hz: 180, rangeSemitones: 12, variabilitySemitones: 1.2, pitchVariationQuotient: 0.07,
  loudnessVariabilityDb: 5, monotone: true, flatLoudness: false, voicedFrames: 500, reliable: true,
  thresholds: { minHz: 60, maxHz: 400, monotoneSemitoneSd: 1.7, flatLoudnessDb: 3, minVoicedFrames: 20 },
  ...over,
});

describe("varietyMeters", () => {
  it("puts each value against its documented threshold", () => {
    const [pitch, loud] = varietyMeters(voice({}));
    expect(pitch).toMatchObject({ id: "pitch", value: 1.2, threshold: 1.7, max: 3.4, low: true });
    expect(loud).toMatchObject({ id: "loudness", value: 5, threshold: 3, low: false });
    expect(loud!.max).toBeCloseTo(6);
    expect(meterSentence(pitch!)).toContain("below the 1.7 st line");
    expect(meterSentence(loud!)).toContain("above the 3 dB");
  });
  it("never calls an unreliable voice flat", () => {
    const [pitch] = varietyMeters(voice({ reliable: false }));
    expect(pitch!.low).toBe(false);
    expect(meterSentence(pitch!)).toContain("too little voiced speech");
  });
});
