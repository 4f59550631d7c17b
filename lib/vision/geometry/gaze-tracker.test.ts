import { describe, expect, it } from "vitest";
import { TFJS_GAZE_MODEL } from "./gaze";
import { GazeTracker } from "./gaze-tracker";
import { syntheticFace } from "./synthetic-face";

/** Frames at the live 15 fps. */
let clock = 0;
const t = () => (clock += 1000 / 15);

describe("straight-ahead iris position", () => {
  it("reads an iris sitting above the corner line, as real eyes do, as eye contact", () => {
    const tracker = new GazeTracker(TFJS_GAZE_MODEL);
    const f = tracker.features(syntheticFace(), { timestampMs: t() });
    expect(f.eyeContact).toBe(true);
    expect(f.gaze?.pitch).toBeCloseTo(0, 3);
  });

  it("reads an iris on the corner line as looking down, by asin(rise / 0.43)", () => {
    const tracker = new GazeTracker(TFJS_GAZE_MODEL);
    const f = tracker.features(syntheticFace({ irisRise: 0 }), { timestampMs: t() });
    expect(f.gaze?.pitch).toBeCloseTo((-Math.asin(TFJS_GAZE_MODEL.irisRise / 0.43) * 180) / Math.PI, 3);
  });
});

describe("gaze tracker", () => {
  it("removes a one-frame jump with a median of three", () => {
    const tracker = new GazeTracker(TFJS_GAZE_MODEL);
    tracker.features(syntheticFace(), { timestampMs: t() });
    tracker.features(syntheticFace(), { timestampMs: t() });
    const jump = tracker.features(syntheticFace({ eyeYaw: 25 }), { timestampMs: t() });
    expect(jump.eyeContact).toBe(true);
    // A sustained look away wins the median on its second frame.
    expect(tracker.features(syntheticFace({ eyeYaw: 25 }), { timestampMs: t() }).gaze?.yaw).toBeCloseTo(25, 1);
  });

  it("counts eyes closed relative to the person's own openness, so a half-closed blink of wide eyes gives no gaze", () => {
    const tracker = new GazeTracker(TFJS_GAZE_MODEL);
    for (let i = 0; i < 10; i++) tracker.features(syntheticFace({ ear: 0.32 }), { timestampMs: t() });
    // EAR 0.12 is open enough in absolute terms (openness 0.375 > 0.25) but under half this person's normal.
    const blink = tracker.features(syntheticFace({ ear: 0.12, eyePitch: -30 }), { timestampMs: t() });
    expect(blink.eyesClosed).toBe(true);
    expect(blink.gaze).toBeNull();
    expect(blink.screenRegion).toBeNull();
  });

  it("keeps the gaze of someone whose eyes are always narrow (looking down at a phone reads down, not closed)", () => {
    const tracker = new GazeTracker(TFJS_GAZE_MODEL);
    for (let i = 0; i < 10; i++) tracker.features(syntheticFace({ ear: 0.12, eyePitch: -35 }), { timestampMs: t() });
    const f = tracker.features(syntheticFace({ ear: 0.12, eyePitch: -35 }), { timestampMs: t() });
    expect(f.eyesClosed).toBe(false);
    expect(f.screenRegion).toBe("off-screen");
    expect(f.gaze?.pitch).toBeCloseTo(-35, 0);
  });

  it("starts afresh after the face is lost", () => {
    const tracker = new GazeTracker(TFJS_GAZE_MODEL);
    tracker.features(syntheticFace({ eyeYaw: 25 }), { timestampMs: t() });
    tracker.features(syntheticFace({ eyeYaw: 25 }), { timestampMs: t() });
    tracker.faceLost();
    expect(tracker.features(syntheticFace(), { timestampMs: t() }).eyeContact).toBe(true);
  });
});
