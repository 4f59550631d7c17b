import { describe, expect, it } from "vitest";
import { fitGazeCalibration, targetDirection, type CalibrationSample } from "./calibration";
import { eyeAspectRatio, eyeRegionFromBlendshapes, eyeRegionFromLandmarks } from "./eye-region";
import { featuresFromLandmarks } from "./frame-features";
import { applyCalibration, DEFAULT_SCREEN, gazeFromLandmarks, gazeToScreen, irisOffset } from "./gaze";
import { eyeLineAngle, headPoseFromLandmarks } from "./head-pose";
import { syntheticFace } from "./synthetic-face";

describe("head pose", () => {
  it("is zero for a frontal face", () => {
    const pose = headPoseFromLandmarks(syntheticFace());
    expect(pose.yaw).toBeCloseTo(0, 5);
    expect(pose.pitch).toBeCloseTo(0, 5);
    expect(pose.roll).toBeCloseTo(0, 5);
  });

  it.each([
    [{ headYaw: 20 }, { yaw: 20, pitch: 0, roll: 0 }],
    [{ headYaw: -35 }, { yaw: -35, pitch: 0, roll: 0 }],
    [{ headPitch: 15 }, { yaw: 0, pitch: 15, roll: 0 }],
    [{ headPitch: -25 }, { yaw: 0, pitch: -25, roll: 0 }],
    [{ headRoll: 12 }, { yaw: 0, pitch: 0, roll: 12 }],
  ])("recovers %o", (face, expected) => {
    const pose = headPoseFromLandmarks(syntheticFace({ ...face, scale: 2.5, centre: [100, 400] }));
    expect(pose.yaw).toBeCloseTo(expected.yaw, 3);
    expect(pose.pitch).toBeCloseTo(expected.pitch, 3);
    expect(pose.roll).toBeCloseTo(expected.roll, 3);
  });

  it("measures the eye line for crop alignment", () => {
    expect(eyeLineAngle(syntheticFace({ headRoll: 10 }))).toBeCloseTo((10 * Math.PI) / 180, 5);
  });
});

describe("iris offset and eye-in-head rotation", () => {
  it("is zero with the iris midway between the corners", () => {
    const o = irisOffset([0, 0, 0], [30, 0, 0], [15, 0, 0]);
    expect(o.h).toBeCloseTo(0);
    expect(o.v).toBeCloseTo(0);
  });

  it("is measured along the corner line, so roll does not change it", () => {
    const a = Math.PI / 6;
    const iris: [number, number, number] = [15 * Math.cos(a) + 3 * Math.cos(a), 15 * Math.sin(a) + 3 * Math.sin(a), 0];
    const o = irisOffset([0, 0, 0], [30 * Math.cos(a), 30 * Math.sin(a), 0], iris);
    expect(o.h).toBeCloseTo(0.1, 6);
    expect(o.v).toBeCloseTo(0, 6);
  });

  it.each([
    [{ eyeYaw: 15 }, 15, 0],
    [{ eyeYaw: -20 }, -20, 0],
    [{ eyePitch: 10 }, 0, 10],
    [{ eyePitch: -12 }, 0, -12],
    [{ headYaw: 20 }, 20, 0],
    [{ headYaw: 20, eyeYaw: -20 }, 0, 0],
    [{ headPitch: -10, eyePitch: -5 }, 0, -15],
  ])("recovers the gaze of %o", (face, yaw, pitch) => {
    const points = syntheticFace(face);
    const eyes = gazeFromLandmarks(points, headPoseFromLandmarks(points));
    expect(eyes.yaw).toBeCloseTo(yaw, 1);
    expect(eyes.pitch).toBeCloseTo(pitch, 1);
  });
});

describe("screen mapping", () => {
  it("maps the screen centre to the middle cell", () => {
    const s = gazeToScreen({ yaw: DEFAULT_SCREEN.centreYaw, pitch: DEFAULT_SCREEN.centrePitch });
    expect(s.gridCell).toBe("middle-centre");
    expect(s.screenRegion).toBe("centre");
    expect(s.eyeContact).toBe(false);
  });

  it("treats looking at the camera as eye contact on the top row", () => {
    const s = gazeToScreen({ yaw: 0, pitch: 0 });
    expect(s.eyeContact).toBe(true);
    expect(s.gridCell).toBe("top-centre");
    expect(s.screenRegion).toBe("border");
  });

  it.each([
    [{ yaw: 12, pitch: -12 }, "middle-right"],
    [{ yaw: -12, pitch: -12 }, "middle-left"],
    [{ yaw: 0, pitch: -20 }, "bottom-centre"],
    [{ yaw: -14, pitch: -4 }, "top-left"],
    [{ yaw: 14, pitch: -20 }, "bottom-right"],
  ] as const)("maps %o to %s", (gaze, cell) => {
    const s = gazeToScreen(gaze);
    expect(s.gridCell).toBe(cell);
    expect(s.screenRegion).toBe("border");
  });

  it("reports off-screen beyond the margin", () => {
    for (const gaze of [{ yaw: 30, pitch: -12 }, { yaw: -30, pitch: -12 }, { yaw: 0, pitch: -30 }, { yaw: 0, pitch: 15 }]) {
      const s = gazeToScreen(gaze);
      expect(s.screenRegion).toBe("off-screen");
      expect(s.gridCell).toBeNull();
    }
  });
});

describe("features from landmarks (end to end on synthetic faces)", () => {
  it("eyes looking at the screen centre -> centre cell", () => {
    const f = featuresFromLandmarks(syntheticFace({ eyePitch: -10 }));
    expect(f.gridCell).toBe("middle-centre");
    expect(f.screenRegion).toBe("centre");
  });

  it("iris centred in a frontal face -> eye contact", () => {
    const f = featuresFromLandmarks(syntheticFace());
    expect(f.eyeContact).toBe(true);
    expect(f.gaze?.yaw).toBeCloseTo(0, 3);
  });

  it.each([
    [{ eyeYaw: 12, eyePitch: -12 }, "middle-right"],
    [{ eyeYaw: -12, eyePitch: -12 }, "middle-left"],
    [{ eyePitch: -2 }, "top-centre"],
    [{ eyePitch: -18 }, "bottom-centre"],
  ] as const)("iris shifted %o -> %s", (face, cell) => {
    expect(featuresFromLandmarks(syntheticFace(face)).gridCell).toBe(cell);
  });

  it("adds head pose to eye rotation", () => {
    // Head turned 10 deg right, eyes 10 deg further right: 20 deg, beyond the right edge (16 deg * 1.15).
    const f = featuresFromLandmarks(syntheticFace({ headYaw: 10, eyeYaw: 10 }));
    expect(f.gaze?.yaw).toBeCloseTo(20, 0);
    expect(f.screenRegion).toBe("off-screen");
    // Head turned right but eyes back towards the camera: still eye contact.
    const back = featuresFromLandmarks(syntheticFace({ headYaw: 15, eyeYaw: -15 }));
    expect(back.eyeContact).toBe(true);
  });

  it("applies calibration offsets", () => {
    // This user's raw gaze reads 5 deg right and 4 deg up when they look at the camera.
    const calibration = { yawOffset: 5, pitchOffset: 4, yawGain: 1, pitchGain: 1, residualDeg: 0, sampleCount: 5 };
    const face = syntheticFace({ eyeYaw: 5, eyePitch: 4 });
    expect(featuresFromLandmarks(face).eyeContact).toBe(true);
    expect(featuresFromLandmarks(syntheticFace({ eyeYaw: 9, eyePitch: 4 })).eyeContact).toBe(false);
    const f = featuresFromLandmarks(syntheticFace({ eyeYaw: 9, eyePitch: 4 }), { calibration });
    expect(f.eyeContact).toBe(true);
    expect(f.gaze?.yaw).toBeCloseTo(4, 1);
    expect(f.gaze?.pitch).toBeCloseTo(0, 1);
  });

  it("returns no gaze while the eyes are closed", () => {
    const f = featuresFromLandmarks(syntheticFace({ ear: 0.03 }));
    expect(f.gaze).toBeNull();
    expect(f.eyeContact).toBeNull();
    expect(f.eyes.openness).toBeLessThan(0.25);
  });

  it("returns no gaze without iris points", () => {
    const f = featuresFromLandmarks(syntheticFace().slice(0, 468));
    expect(f.gaze).toBeNull();
    expect(f.head.yaw).toBeCloseTo(0, 5);
  });
});

describe("calibration fit", () => {
  const targets = ["camera", "centre", "top-left", "top-right", "bottom-left", "bottom-right"] as const;
  // A user whose raw readings are offset by (3, -2) deg and compressed to 80% / 60%.
  const raw = (t: (typeof targets)[number]) => {
    const d = targetDirection(t);
    return { yaw: d.yaw / 0.8 + 3, pitch: d.pitch / 0.6 - 2 };
  };

  it("recovers offsets and gains exactly from clean samples", () => {
    const samples: CalibrationSample[] = targets.map((target) => ({ target, ...raw(target) }));
    const c = fitGazeCalibration(samples);
    expect(c.yawOffset).toBeCloseTo(3, 6);
    expect(c.pitchOffset).toBeCloseTo(-2, 6);
    expect(c.yawGain).toBeCloseTo(0.8, 6);
    expect(c.pitchGain).toBeCloseTo(0.6, 6);
    expect(c.residualDeg).toBeCloseTo(0, 6);
    for (const target of targets) {
      const g = applyCalibration(raw(target), c);
      expect(g.yaw).toBeCloseTo(targetDirection(target).yaw, 6);
    }
  });

  it("fits offset and gain by least squares without camera samples", () => {
    const samples: CalibrationSample[] = targets.slice(1).map((target) => ({ target, ...raw(target) }));
    const c = fitGazeCalibration(samples);
    expect(c.yawOffset).toBeCloseTo(3, 6);
    expect(c.pitchOffset).toBeCloseTo(-2, 6);
    expect(c.yawGain).toBeCloseTo(0.8, 6);
  });

  it("keeps gain 1 when only the camera was sampled", () => {
    const c = fitGazeCalibration([{ target: "camera", yaw: 4, pitch: 1 }, { target: "camera", yaw: 6, pitch: 3 }]);
    expect(c).toMatchObject({ yawOffset: 5, pitchOffset: 2, yawGain: 1, pitchGain: 1 });
  });

  it("refuses an empty sample set", () => {
    expect(() => fitGazeCalibration([])).toThrow();
  });
});

describe("eye region", () => {
  it("reads openness from the eye-aspect ratio", () => {
    expect(eyeAspectRatio(syntheticFace({ ear: 0.3 }), "left")).toBeCloseTo(0.3, 6);
    expect(eyeRegionFromLandmarks(syntheticFace({ ear: 0.3 })).openness).toBeGreaterThan(0.85);
    expect(eyeRegionFromLandmarks(syntheticFace({ ear: 0.04 })).openness).toBeLessThan(0.2);
  });

  it("reads brow raise from the brow-to-eye distance", () => {
    expect(eyeRegionFromLandmarks(syntheticFace({ brow: 1.05 })).browRaise).toBe(0);
    expect(eyeRegionFromLandmarks(syntheticFace({ brow: 1.25 })).browRaise).toBeCloseTo(0.5, 6);
    expect(eyeRegionFromLandmarks(syntheticFace({ brow: 1.5 })).browRaise).toBe(1);
  });

  it("reads openness and brows from blendshapes", () => {
    const r = eyeRegionFromBlendshapes({ eyeBlinkLeft: 1, eyeBlinkRight: 1, browInnerUp: 0.9, browOuterUpLeft: 0.6, browOuterUpRight: 0.6 });
    expect(r.openness).toBe(0);
    expect(r.browRaise).toBeCloseTo(1, 6);
    expect(r.source).toBe("blendshapes");
  });
});
