import { describe, expect, it } from "vitest";
import { cropFace, eyeLineAngle, flipHorizontal, normalise, prepareFace, toGrey } from "./preprocess";

describe("toGrey", () => {
  it("applies the BT.601 weights to RGB and skips alpha", () => {
    const rgba = new Uint8Array([255, 0, 0, 9, 0, 255, 0, 9, 0, 0, 255, 9, 100, 100, 100, 0]);
    const g = toGrey({ data: rgba, width: 4, height: 1, channels: 4 });
    expect(g[0]).toBeCloseTo(0.2989 * 255, 4);
    expect(g[1]).toBeCloseTo(0.587 * 255, 4);
    expect(g[2]).toBeCloseTo(0.114 * 255, 4);
    expect(g[3]).toBeCloseTo(99.99, 3);
  });
  it("copies grey input unchanged and rejects short buffers", () => {
    expect(Array.from(toGrey({ data: new Uint8Array([0, 7, 255]), width: 3, height: 1, channels: 1 }))).toEqual([0, 7, 255]);
    expect(() => toGrey({ data: new Uint8Array(5), width: 2, height: 1, channels: 3 })).toThrow();
  });
});

describe("cropFace", () => {
  const img4 = Float32Array.from({ length: 16 }, (_, i) => i);
  it("returns the pixels unchanged for a whole-image crop at the same size", () => {
    const out = cropFace(img4, 4, 4, { box: { x: 0, y: 0, width: 4, height: 4 } }, 4);
    expect(Array.from(out)).toEqual(Array.from(img4));
  });
  it("averages 2x2 blocks when halving the size", () => {
    const out = cropFace(img4, 4, 4, { box: { x: 0, y: 0, width: 4, height: 4 } }, 2);
    expect(Array.from(out)).toEqual([2.5, 4.5, 10.5, 12.5]);
  });
  it("crops an off-centre box and clamps at the border", () => {
    const out = cropFace(img4, 4, 4, { box: { x: 2, y: 2, width: 2, height: 2 } }, 2);
    expect(Array.from(out)).toEqual([10, 11, 14, 15]);
    const edge = cropFace(img4, 4, 4, { box: { x: -1, y: 0, width: 1, height: 1 } }, 1);
    expect(edge[0]).toBe(0);
  });
  it("uses the square of the longer box side, centred", () => {
    const out = cropFace(img4, 4, 4, { box: { x: 1, y: 0, width: 2, height: 4 } }, 4);
    expect(Array.from(out)).toEqual(Array.from(img4));
  });
  it("rotates the crop so a vertical eye line becomes level", () => {
    const img3 = Float32Array.from({ length: 9 }, (_, i) => i);
    const region = { box: { x: 0, y: 0, width: 3, height: 3 }, leftEye: { x: 1, y: 0 }, rightEye: { x: 1, y: 2 } };
    const out = cropFace(img3, 3, 3, region, 3);
    // eye line pointing down (+90 degrees): output (row r, column c) samples source (row c, column 2 - r)
    for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) expect(out[r * 3 + c]).toBeCloseTo(img3[c * 3 + (2 - r)]!, 5);
  });
});

describe("eyeLineAngle", () => {
  it("is 0 for level eyes whichever eye is given first, and follows a tilt", () => {
    expect(eyeLineAngle({ x: 10, y: 5 }, { x: 20, y: 5 })).toBe(0);
    expect(eyeLineAngle({ x: 20, y: 5 }, { x: 10, y: 5 })).toBe(0);
    expect(eyeLineAngle({ x: 0, y: 0 }, { x: 10, y: 10 })).toBeCloseTo(Math.PI / 4, 10);
  });
});

describe("normalise and flip", () => {
  it("maps 0..255 to -1..1 as in training", () => {
    expect(Array.from(normalise(Float32Array.from([0, 127.5, 255]), "minus-one-to-one"))).toEqual([-1, 0, 1]);
  });
  it("mirrors rows", () => {
    expect(Array.from(flipHorizontal(Float32Array.from([1, 2, 3, 4]), 2))).toEqual([2, 1, 4, 3]);
    expect(() => flipHorizontal(new Float32Array(3), 2)).toThrow();
  });
  it("prepareFace chains grey, crop and normalisation", () => {
    const rgb = new Uint8Array([0, 0, 0, 255, 255, 255, 255, 255, 255, 0, 0, 0]);
    const out = prepareFace({ data: rgb, width: 2, height: 2, channels: 3 }, { box: { x: 0, y: 0, width: 2, height: 2 } }, 2, "minus-one-to-one");
    expect(out[0]).toBe(-1);
    expect(out[1]).toBeCloseTo(0.9998, 4);
  });
});
