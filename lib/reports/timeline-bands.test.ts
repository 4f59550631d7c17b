import { describe, expect, it } from "vitest";
import type { TimelinePoint } from "@/lib/vision/schemas";
import { makeVocalExpression } from "@/lib/speech/vocal-expression/test-fixtures";
import { bandAt, bandTotals, expressionBands, gazeBands, mergeBands, vocalBands } from "./timeline-bands";

const HAPPY = [0, 0, 0, 0.8, 0, 0, 0.2];
const NEUTRAL = [0, 0, 0, 0.2, 0, 0, 0.8];
const point = (t: number, emotions: number[] | null, eyeContact: number | null = null, face = emotions ? 1 : 0): TimelinePoint => ({
  t, face, emotions, gazeYaw: null, gazePitch: null, eyeContact, screenRegion: null, gridCell: null,
  headYaw: null, headPitch: null, headRoll: null, eyeOpenness: null,
});

describe("expressionBands", () => {
  it("merges runs of the same dominant label and marks faceless steps", () => {
    const bands = expressionBands([point(0, HAPPY), point(0.25, HAPPY), point(0.5, NEUTRAL), point(0.75, null), point(1, NEUTRAL)]);
    expect(bands).toEqual([
      { start: 0, end: 0.5, label: "happy" },
      { start: 0.5, end: 0.75, label: "neutral" },
      { start: 0.75, end: 1, label: "no-face" },
      { start: 1, end: 1.25, label: "neutral" },
    ]);
  });
  it("treats a step with a face in under half its frames as no face", () => {
    expect(expressionBands([point(0, HAPPY, null, 0.25)])[0]!.label).toBe("no-face");
  });
  it("does not bridge a gap in the data", () => {
    expect(mergeBands([point(0, HAPPY), point(2, HAPPY)], () => "x")).toHaveLength(2);
  });
});

describe("gazeBands", () => {
  const bands = gazeBands([point(0, HAPPY, 1), point(0.25, HAPPY, 0.75), point(0.5, HAPPY, 0.25), point(0.75, null, null), point(1, HAPPY, null)]);
  it("labels contact / away by majority and unknown as no data", () => {
    expect(bands.map((b) => [b.label, b.start, b.end])).toEqual([
      ["contact", 0, 0.5],
      ["away", 0.5, 0.75],
      ["no-face", 0.75, 1.25],
    ]);
  });
  it("sums seconds per label and finds the band under a time", () => {
    expect(bandTotals(bands).get("contact")).toBeCloseTo(0.5);
    expect(bandAt(bands, 0.6)?.label).toBe("away");
    expect(bandAt(bands, 5)).toBeNull();
  });
});

describe("vocalBands", () => {
  it("labels windows by their most likely class and merges touching windows", () => {
    const v = makeVocalExpression({ calm: 0.7, sad: 0.3 }, 7.5);
    v.windows[2]!.probabilities = { ...v.windows[2]!.probabilities, calm: 0.1, angry: 0.8 };
    expect(vocalBands(v)).toEqual([
      { start: 0, end: 5, label: "calm" },
      { start: 5, end: 7.5, label: "angry" },
    ]);
    expect(vocalBands(null)).toEqual([]);
  });
});
