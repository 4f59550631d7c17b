import { describe, expect, it } from "vitest";
import type { VisionFrame } from "@/lib/vision/schemas";
import { framingHint, lightingHint } from "./framing";

function frame(box: VisionFrame["box"]): VisionFrame {
  return { faceFound: box !== null, box } as VisionFrame;
}

describe("framingHint", () => {
  it("says nothing until the engine is ready", () => {
    expect(framingHint(frame(null), false)).toBeNull();
  });
  it("asks for the face when none is found", () => {
    expect(framingHint(frame(null), true)).toMatch(/Face not found/);
  });
  it("asks to move closer, back or to centre", () => {
    expect(framingHint(frame({ x: 0.45, y: 0.45, width: 0.1, height: 0.1 }), true)).toMatch(/closer/);
    expect(framingHint(frame({ x: 0.1, y: 0.1, width: 0.8, height: 0.8 }), true)).toMatch(/back/);
    expect(framingHint(frame({ x: 0.0, y: 0.3, width: 0.3, height: 0.4 }), true)).toMatch(/Centre/);
  });
  it("is quiet for a well-framed face", () => {
    expect(framingHint(frame({ x: 0.35, y: 0.3, width: 0.3, height: 0.4 }), true)).toBeNull();
  });
});

describe("lightingHint", () => {
  it("flags a dark picture only", () => {
    expect(lightingHint(30)).toMatch(/dark/);
    expect(lightingHint(120)).toBeNull();
    expect(lightingHint(null)).toBeNull();
  });
});
