import { describe, expect, it } from "vitest";
import type { TimelinePoint } from "@/lib/vision/schemas";
import {
  bucketEmotions,
  bucketSecondsFor,
  distributionEntries,
  dominantEmotion,
  dominantShares,
  emotionSeries,
  smoothRows,
  type EmotionRow,
} from "./emotion-series";

// angry, disgust, fear, happy, sad, surprise, neutral
const HAPPY = [0, 0, 0, 0.8, 0, 0, 0.2];
const NEUTRAL = [0, 0, 0, 0.2, 0, 0, 0.8];
function point(t: number, emotions: number[] | null, extra: Partial<TimelinePoint> = {}): TimelinePoint {
  return {
    t, face: emotions ? 1 : 0, emotions, gazeYaw: null, gazePitch: null, eyeContact: null, screenRegion: null,
    gridCell: null, headYaw: null, headPitch: null, headRoll: null, eyeOpenness: null, ...extra,
  };
}

describe("dominantEmotion", () => {
  it("returns the most probable label, null without data", () => {
    expect(dominantEmotion(HAPPY)).toBe("happy");
    expect(dominantEmotion(NEUTRAL)).toBe("neutral");
    expect(dominantEmotion(null)).toBeNull();
    expect(dominantEmotion([0.5, 0.5, 0, 0, 0, 0, 0])).toBe("angry");
  });
});

describe("bucketEmotions", () => {
  it("averages 4 Hz points per second and leaves faceless seconds null", () => {
    const pts = [point(0, HAPPY), point(0.25, NEUTRAL), point(0.5, null), point(0.75, null), point(1, null), point(2, HAPPY)];
    const rows = bucketEmotions(pts, 1);
    expect(rows).toHaveLength(3);
    expect(rows[0]!.happy).toBeCloseTo(0.5);
    expect(rows[0]!.neutral).toBeCloseTo(0.5);
    expect(rows[1]!.happy).toBeNull();
    expect(rows[2]).toMatchObject({ t: 2, happy: 0.8 });
  });
  it("is empty for no points", () => expect(bucketEmotions([], 1)).toEqual([]));
});

describe("smoothRows", () => {
  const row = (t: number, happy: number | null): EmotionRow =>
    ({ t, angry: 0, disgust: 0, fear: 0, happy, sad: 0, surprise: 0, neutral: 0 });
  it("takes a centred mean, skipping nulls, and keeps nulls null", () => {
    const out = smoothRows([row(0, 0), row(1, 0.3), row(2, 0.6), row(3, null), row(4, 0.9)], 3);
    const happy = out.map((r) => r.happy);
    [0.15, 0.3, 0.45].forEach((v, i) => expect(happy[i]).toBeCloseTo(v));
    expect(happy.slice(3)).toEqual([null, 0.9]);
  });
  it("window 1 is the identity", () => {
    expect(smoothRows([row(0, 0.2), row(1, 0.4)], 1).map((r) => r.happy)).toEqual([0.2, 0.4]);
  });
});

describe("emotionSeries", () => {
  it("bounds the point count for long answers", () => {
    expect(bucketSecondsFor(60)).toBe(1);
    expect(bucketSecondsFor(600)).toBe(3);
    const pts = Array.from({ length: 2400 }, (_, i) => point(i / 4, HAPPY));
    expect(emotionSeries(pts, 600).length).toBeLessThanOrEqual(240);
  });
});

describe("distributions", () => {
  it("normalises a distribution to sum 1 in label order", () => {
    const entries = distributionEntries({ angry: 0, disgust: 0, fear: 0, happy: 0.3, sad: 0, surprise: 0, neutral: 0.3 });
    expect(entries.map((e) => e.label)).toEqual(["angry", "disgust", "fear", "happy", "sad", "surprise", "neutral"]);
    expect(entries.find((e) => e.label === "happy")!.share).toBeCloseTo(0.5);
    expect(distributionEntries(null)).toEqual([]);
  });
  it("counts dominant labels over face points only", () => {
    const shares = dominantShares([point(0, HAPPY), point(0.25, HAPPY), point(0.5, NEUTRAL), point(0.75, null)]);
    expect(shares.find((s) => s.label === "happy")!.share).toBeCloseTo(2 / 3);
    expect(shares.find((s) => s.label === "neutral")!.share).toBeCloseTo(1 / 3);
    expect(dominantShares([point(0, null)])).toEqual([]);
  });
});
