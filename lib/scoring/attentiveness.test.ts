import { describe, expect, it } from "vitest";
import { attentivenessScore } from "./attentiveness";
import { makeVision } from "./test-fixtures";

describe("attentivenessScore", () => {
  it("gives full marks from 60% eye contact with few look-aways", () => {
    const r = attentivenessScore(makeVision({ eyeContactShare: 0.75, lookingAway: { count: 2, totalMs: 3000, episodes: [] } }));
    expect(r.value).toBe(100);
    expect(r.reliability.level).toBe("high");
  });

  it("scales eye contact linearly below 60%", () => {
    // 0.3 / 0.6 = 0.5 -> 50; 2 episodes in 1 minute are under the 4/min allowance.
    expect(attentivenessScore(makeVision({ eyeContactShare: 0.3 })).value).toBe(50);
  });

  it("subtracts 5 points per look-away episode per minute above 4, capped at 20", () => {
    // 60 s answer, 6 episodes -> 2 extra per minute -> -10.
    const six = attentivenessScore(makeVision({ eyeContactShare: 0.6, lookingAway: { count: 6, totalMs: 9000, episodes: [] } }));
    expect(six.value).toBe(90);
    const many = attentivenessScore(makeVision({ eyeContactShare: 0.6, lookingAway: { count: 30, totalMs: 30000, episodes: [] } }));
    expect(many.value).toBe(80);
  });

  it("describes the main look-away direction by total time", () => {
    const r = attentivenessScore(
      makeVision({
        durationMs: 45_000,
        lookingAway: {
          count: 3,
          totalMs: 9000,
          episodes: [
            { startMs: 1000, durationMs: 2000, direction: "up" },
            { startMs: 10000, durationMs: 4000, direction: "down-left" },
            { startMs: 20000, durationMs: 3000, direction: "down-left" },
          ],
        },
      }),
    );
    expect(r.observations.join(" ")).toContain("for 9 of 45 s, mostly down-left");
  });

  it("is null (insufficient) when the face was visible under 50% of the time", () => {
    const r = attentivenessScore(makeVision({ faceVisibleShare: 0.4 }));
    expect(r.value).toBeNull();
    expect(r.reliability.level).toBe("insufficient");
    expect(r.reliability.reasons[0]).toContain("40%");
  });

  it("is null without camera data and for under 10 s of face", () => {
    expect(attentivenessScore(null).value).toBeNull();
    expect(attentivenessScore(makeVision({ durationMs: 8000 })).value).toBeNull();
  });

  it("caps reliability at medium without gaze calibration and lowers it for partial face visibility", () => {
    expect(attentivenessScore(makeVision({ calibrationUsed: false })).reliability.level).toBe("medium");
    expect(attentivenessScore(makeVision({ faceVisibleShare: 0.6 })).reliability.level).toBe("low");
  });
});
