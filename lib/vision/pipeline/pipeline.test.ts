import { describe, expect, it } from "vitest";
import { cropAroundPoints, cropToFrame } from "./affine-crop";
import { blazefaceAnchors, decodeBestDetection } from "./blazeface-decode";
import { sampleCrop } from "./sample-crop";

describe("affine crop", () => {
  it("maps crop corners and centre back to the frame", () => {
    const spec = { cx: 100, cy: 50, size: 40, angle: 0, outSize: 20 };
    expect(cropToFrame(spec, 10, 10)).toEqual([100, 50]);
    expect(cropToFrame(spec, 0, 0)).toEqual([80, 30]);
    expect(cropToFrame({ ...spec, flipX: true }, 0, 0)).toEqual([120, 30]);
  });

  it("rotates with the crop angle", () => {
    const [x, y] = cropToFrame({ cx: 0, cy: 0, size: 10, angle: Math.PI / 2, outSize: 10 }, 10, 5);
    expect(x).toBeCloseTo(0, 9);
    expect(y).toBeCloseTo(5, 9);
  });

  it("fits a square around points in a rotated frame", () => {
    const spec = cropAroundPoints([[0, 0], [10, 0], [10, 4], [0, 4]], 0, 1.5, 192);
    expect(spec).toMatchObject({ cx: 5, cy: 2, size: 15, angle: 0 });
  });
});

describe("blazeface decoding", () => {
  const anchors = blazefaceAnchors();

  it("generates 896 anchors, the 16x16 grid first", () => {
    expect(anchors.length / 2).toBe(896);
    expect([anchors[0], anchors[1]]).toEqual([8, 8]);
    expect([anchors[1024], anchors[1025]]).toEqual([16, 16]);
  });

  it("decodes the best anchor relative to its centre", () => {
    const scores = new Float32Array(896).fill(-10);
    const regs = new Float32Array(896 * 16);
    const i = 600; // in the 8x8 grid
    scores[i] = 3;
    regs.set([4, -2, 50, 60, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], i * 16);
    const d = decodeBestDetection(scores, regs, anchors, 0.5);
    const ax = anchors[i * 2] as number;
    const ay = anchors[i * 2 + 1] as number;
    expect(d?.score).toBeCloseTo(1 / (1 + Math.exp(-3)), 9);
    expect(d?.x0).toBeCloseTo(ax + 4 - 25);
    expect(d?.y1).toBeCloseTo(ay - 2 + 30);
    expect(d?.keypoints[0]).toEqual([ax + 1, ay + 1]);
  });

  it("returns null below the score threshold", () => {
    expect(decodeBestDetection(new Float32Array(896), new Float32Array(896 * 16), anchors, 0.6)).toBeNull();
  });
});

describe("sampleCrop", () => {
  // 4x2 RGB frame whose red channel is 10 * x + 100 * y, green constant 255, blue 0.
  const frame = {
    width: 4,
    height: 2,
    channels: 3 as const,
    data: Uint8Array.from({ length: 24 }, (_, i) => {
      const p = Math.floor(i / 3);
      const c = i % 3;
      return c === 0 ? 10 * (p % 4) + 100 * Math.floor(p / 4) : c === 1 ? 255 : 0;
    }),
  };

  it("copies pixels exactly for an axis-aligned crop at native size", () => {
    const out = new Float32Array(2 * 2 * 3);
    sampleCrop(frame, { cx: 2, cy: 1, size: 2, angle: 0, outSize: 2 }, "unit", out);
    expect(Array.from(out).map((v) => Math.round(v * 255))).toEqual([10, 255, 0, 20, 255, 0, 110, 255, 0, 120, 255, 0]);
  });

  it("mirrors with flipX and normalises to -1..1", () => {
    const out = new Float32Array(2 * 2 * 3);
    sampleCrop(frame, { cx: 2, cy: 1, size: 2, angle: 0, outSize: 2, flipX: true }, "signed", out);
    expect(out[0]).toBeCloseTo(20 / 127.5 - 1, 6);
    expect(out[3]).toBeCloseTo(10 / 127.5 - 1, 6);
    expect(out[1]).toBeCloseTo(1, 6);
  });

  it("interpolates between pixels and fills outside the frame with black", () => {
    const out = new Float32Array(3);
    // One output pixel centred between x = 1 and x = 2 (centres 1.5 and 2.5) on row 0.
    sampleCrop(frame, { cx: 2, cy: 0.5, size: 1, angle: 0, outSize: 1 }, "unit", out);
    expect(out[0] as number).toBeCloseTo(15 / 255, 6);
    const outside = new Float32Array(3).fill(7);
    sampleCrop(frame, { cx: 50, cy: 50, size: 1, angle: 0, outSize: 1 }, "signed", outside);
    expect(Array.from(outside)).toEqual([-1, -1, -1]);
  });

  it("rotates about the crop centre", () => {
    // A quarter turn: the output's x axis runs down the frame.
    const out = new Float32Array(2 * 2 * 3);
    sampleCrop(frame, { cx: 2, cy: 1, size: 2, angle: Math.PI / 2, outSize: 2 }, "unit", out);
    const red = [0, 3, 6, 9].map((i) => Math.round((out[i] as number) * 255));
    // Output pixel (u, v) samples frame (cx - dv, cy + du): top row from x = 2 (y = 0, 1), bottom row from x = 1.
    expect(red).toEqual([20, 120, 10, 110]);
  });
});
