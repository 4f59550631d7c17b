import { describe, expect, it } from "vitest";
import { makeVision } from "@/lib/scoring/test-fixtures";
import type { TimelinePoint } from "@/lib/vision/schemas";
import { eyeBands, eyeRegionReport, widenedShare } from "./eye-region";

const point = (t: number, eyeOpenness: number | null, face = 1): TimelinePoint => ({
  t, face, emotions: null, gazeYaw: null, gazePitch: null, eyeContact: null, screenRegion: null, gridCell: null,
  headYaw: null, headPitch: null, headRoll: null, eyeOpenness,
});

describe("eye-region report", () => {
  it("names what moved, with one explanation each", () => {
    const r = eyeRegionReport(makeVision(), [point(0, 0.99), point(0.25, 0.8), point(0.5, 0.8), point(0.75, 0.8)]);
    expect(r.status).toBe("measured");
    if (r.status !== "measured") return;
    expect(r.figures.map((f) => [f.name, f.value])).toEqual([
      ["Blink rate", "15 / min"],
      ["Eye openness", "60%"],
      ["Eyes widened", "25%"],
      ["Brows raised", "20%"],
      ["Squint", "10%"],
    ]);
    for (const f of r.figures) expect(f.explanation.length).toBeGreaterThan(10);
    expect(JSON.stringify(r)).not.toMatch(/surpris|fear|angry|felt/i);
  });

  it("is withheld when the face was rarely in view, and not measured without a camera", () => {
    const r = eyeRegionReport(makeVision({ faceVisibleShare: 0.3 }), []);
    expect(r.status).toBe("withheld");
    expect(r.status !== "measured" && r.reason).toMatch(/^Not measured: Face visible 30%/);
    expect(eyeRegionReport(null, [])).toMatchObject({ status: "not-measured" });
  });

  it("bands what moved per step and ignores steps without a face", () => {
    const tl = [point(0, 0.9), point(0.25, 0.2), point(0.5, 1), point(0.75, 0.9, 0), { ...point(1, 0.5), squint: 0.7 }, { ...point(1.25, 0.9), browRaise: 0.8 }];
    expect(eyeBands(tl).map((b) => b.label)).toEqual(["open", "closed", "widened", "no-face", "squint", "brows-raised"]);
    expect(widenedShare(tl)).toBeCloseTo(1 / 5, 6);
    expect(widenedShare([])).toBeNull();
  });
});
