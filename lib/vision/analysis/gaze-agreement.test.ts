import { describe, expect, it } from "vitest";
import { directionAsImageLabel, labelAt, overallGazeScore, parseGazeLabels, predictedGaze, scoreVideo } from "./gaze-agreement";
import { summariseAnswer } from "./summary";
import { frames, NO_FACE } from "./test-frames";

const AT_CAMERA = { eyeContact: true, gaze: { yaw: 1, pitch: -1, screenX: 0, screenY: 1 }, gridCell: "top-centre" as const, screenRegion: "border" as const };
const DOWN = { eyeContact: false, gaze: { yaw: 0, pitch: -30, screenX: 0, screenY: -2.2 }, gridCell: null, screenRegion: "off-screen" as const };
const CLOSED = { eyeContact: null, gaze: null, gridCell: null, screenRegion: null, eyesClosed: true };

const summary = (fs: ReturnType<typeof frames>, endMs: number) =>
  summariseAnswer(fs, { startMs: 0, endMs, engine: "tfjs-human", models: [], calibrationUsed: false });

describe("gaze labels", () => {
  it("parses spans per file and refuses unknown labels and reversed spans", () => {
    const labels = parseGazeLabels("file\tstart_s\tend_s\tlabel\na.mp4\t0\t2\tat-camera\na.mp4\t2\t3.5\taway-down\nb.mp4\t0\t1\teyes-closed\n");
    expect([...labels.keys()]).toEqual(["a.mp4", "b.mp4"]);
    expect(labelAt(labels.get("a.mp4") ?? [], 2.1)).toBe("away-down");
    expect(labelAt(labels.get("a.mp4") ?? [], 3.5)).toBeNull();
    expect(() => parseGazeLabels("file\tstart_s\tend_s\tlabel\na.mp4\t0\t2\tsideways\n")).toThrow(/row 2/);
    expect(() => parseGazeLabels("file\tstart_s\tend_s\tlabel\na.mp4\t2\t1\tat-camera\n")).toThrow(/after start_s/);
  });

  it("names directions as the labeller sees the image: the candidate's right is the image's left", () => {
    expect(directionAsImageLabel("right")).toBe("away-left");
    expect(directionAsImageLabel("down-left")).toBe("away-down");
    expect(directionAsImageLabel("face-not-visible")).toBeNull();
    expect(predictedGaze(frames(0, 1, 1, { eyeContact: false, gaze: { yaw: 20, pitch: -3, screenX: 1.3, screenY: 0.8 } })[0]!)).toBe("away-left");
  });
});

describe("scoring one video", () => {
  // 10 s at 10 fps: 6 s at the camera, 1 s eyes closed, 3 s looking down; labels agree except for 0.5 s.
  const fs = frames(0, 10_000, 100, (t) => (t < 6000 ? AT_CAMERA : t < 7000 ? CLOSED : DOWN));
  const spans = parseGazeLabels("file\tstart_s\tend_s\tlabel\nv\t0\t6.5\tat-camera\nv\t6.5\t7\teyes-closed\nv\t7\t10\taway-down\n").get("v") ?? [];
  const score = scoreVideo("v", fs, spans, summary(fs, 10_000));

  it("gives the product's eye-contact share beside the label's, eyes-closed frames aside", () => {
    // Product: 60 of the 90 frames with a gaze. Label: 65 of 95 frames not labelled closed.
    expect(score.eyeContactShare).toBeCloseTo(60 / 90, 4);
    expect(score.labelAtCameraShare).toBeCloseTo(65 / 95, 4);
  });

  it("counts frame agreement, the dominant direction and the confusion", () => {
    // Disagree: 6.0-6.5 s (labelled at-camera, eyes closed in the product) = 5 frames of 100.
    expect(score.frameAgreement).toBeCloseTo(0.95, 4);
    expect(score.dominantAwayDirection).toBe("away-down");
    expect(score.labelDominantAwayDirection).toBe("away-down");
    expect(score.confusion["at-camera"]["eyes-closed"]).toBe(5);
    expect(score.confusion.away.away).toBe(30);
    expect(score.closedReadAsDirection).toBe(0);
  });

  it("counts eyes-closed frames read as looking away, and no-face frames as their own class", () => {
    const wrong = frames(0, 2000, 100, (t) => (t < 1000 ? DOWN : NO_FACE));
    const closedSpans = parseGazeLabels("file\tstart_s\tend_s\tlabel\nw\t0\t2\teyes-closed\n").get("w") ?? [];
    const s = scoreVideo("w", wrong, closedSpans, summary(wrong, 2000));
    expect(s.closedReadAsDirection).toBe(10);
    expect(s.confusion["eyes-closed"]["no-face"]).toBe(10);
    expect(s.labelAtCameraShare).toBeNull();
    const overall = overallGazeScore([score, s]);
    expect(overall.closedReadAsDirection).toBe(10);
    expect(overall.labelledFrames).toBe(120);
    expect(overall.eyeContactMeanAbsError).toBeCloseTo(Math.abs(60 / 90 - 65 / 95), 4);
  });
});
