import { describe, expect, it } from "vitest";
import { AWAY_COLOR, CONTACT_COLOR, EMOTION_COLORS } from "@/components/report/charts/palette";
import { VOCAL_COLORS } from "@/components/report/charts/vocal-palette";
import { EYE_COLORS } from "./timeline-tracks";

describe("timeline band colours", () => {
  it("give the eye-region track hues of its own, distinct from every expression, gaze and voice hue and from each other", () => {
    const { "no-face": _noData, ...eyes } = EYE_COLORS;
    const others = new Set([...Object.values(EMOTION_COLORS), ...Object.values(VOCAL_COLORS), CONTACT_COLOR, AWAY_COLOR].map((c) => c.toUpperCase()));
    const eyeHues = Object.values(eyes).map((c) => c.toUpperCase());
    for (const c of eyeHues) expect(others.has(c), `${c} is also an expression, gaze or voice colour`).toBe(false);
    expect(new Set(eyeHues).size).toBe(eyeHues.length);
  });
});
