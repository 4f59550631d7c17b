import { describe, expect, it } from "vitest";
import { makeSpeech, makeVision } from "./test-fixtures";
import { answerTips } from "./tips";

describe("answerTips", () => {
  it("quotes the measurements: look-away time and direction, filler rate and most common filler", () => {
    const speech = makeSpeech({
      pace: { wpm: 152 },
      fillers: { count: 6, per100Words: 4, byType: { like: 4, um: 2 } },
    });
    const vision = makeVision({
      durationMs: 45_000,
      lookingAway: { count: 2, totalMs: 9000, episodes: [{ startMs: 0, durationMs: 9000, direction: "down-left" }] },
    });
    const tips = answerTips(speech, vision);
    const text = tips.map((t) => t.text);
    expect(tips.length).toBeGreaterThanOrEqual(2);
    expect(tips.length).toBeLessThanOrEqual(3);
    expect(text).toContain("You looked away for 9 of 45 s, mostly down-left: glance back at the camera when you make each point.");
    expect(text.some((t) => t.startsWith("4.0 fillers per 100 words, most were 'like'"))).toBe(true);
  });

  it("names repetitions and stammers with their rate, main kind and first time, only when they count", () => {
    const item = { kind: "part-word" as const, text: "b- but", count: 2, start: 65.2, end: 65.9 };
    const repetitions = { count: 5, per100Words: 5, byKind: { "part-word": { count: 4, per100Words: 4, perMinute: 2 }, word: { count: 1, per100Words: 1, perMinute: 0.5 } }, items: [item], scored: true };
    const on = answerTips(makeSpeech({ pace: { wpm: 152 }, repetitions }), null).map((t) => t.text);
    expect(on).toContain("5 repetitions and stammers, 5 per 100 words, mostly part-word repeats (first at 1:05): slowing the first word of each sentence often helps.");
    const off = answerTips(makeSpeech({ pace: { wpm: 152 }, repetitions: { ...repetitions, scored: false } }), null).map((t) => t.text);
    expect(off.some((t) => t.includes("repetitions"))).toBe(false);
  });

  it("fills up with what went well when little needs work", () => {
    const tips = answerTips(makeSpeech({ pace: { wpm: 152 } }), makeVision({ eyeContactShare: 0.8 }));
    expect(tips.map((t) => t.text)).toContain("152 wpm, inside the ideal band of 140-160.");
    expect(tips).toHaveLength(2);
    expect(tips.every((t) => t.kind === "keep")).toBe(true);
  });

  it("puts the most off-target measurement first and caps at three", () => {
    const tips = answerTips(
      makeSpeech({
        pace: { wpm: 210 },
        fillers: { count: 8, per100Words: 5, byType: { um: 8 } },
        voice: { variabilitySemitones: 1.1, monotone: true },
      }),
      makeVision({ eyeContactShare: 0.2 }),
    );
    expect(tips).toHaveLength(3);
    expect(tips[0]?.id).toBe("pace-fast");
    expect(tips[0]?.text).toContain("210 wpm, above the ideal band of 140-160");
  });

  it("never mentions fillers when disfluency scoring is off", () => {
    const tips = answerTips(makeSpeech({ fillers: { count: 20, per100Words: 12, byType: { um: 20 }, scored: false } }), null);
    expect(tips.some((t) => t.id.startsWith("fillers"))).toBe(false);
  });

  it("gives no tips without usable data", () => {
    expect(answerTips(null, null)).toEqual([]);
    expect(answerTips(makeSpeech({ pace: { speakingTimeSec: 4 } }), makeVision({ faceVisibleShare: 0.1 }))).toEqual([]);
  });
});
