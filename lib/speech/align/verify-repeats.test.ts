import { frameLevels, LEVEL_FRAME_SEC } from "../levels";
import { describe, expect, it } from "vitest";
import { timed } from "../metrics/test-helpers";
import { separatedByDips, verifyAddedRepeats } from "./verify-repeats";

/** Level track (dB) of `sec` seconds at -20 dB with -60 dB gaps in the given ranges. */
function levels(sec: number, gaps: [number, number][] = []): Float32Array {
  const out = new Float32Array(Math.round(sec / LEVEL_FRAME_SEC)).fill(-20);
  for (const [a, b] of gaps) out.fill(-60, Math.round(a / LEVEL_FRAME_SEC), Math.round(b / LEVEL_FRAME_SEC));
  return out;
}

describe("verifyAddedRepeats", () => {
  const aligned = timed("i@0-0.1 i@0.15-0.25 i@0.3-0.4 think@0.4-0.7");

  it("keeps an added stammer separated by breaks", () => {
    const l = levels(1, [[0.1, 0.15], [0.25, 0.3]]);
    expect(separatedByDips(aligned.slice(0, 3), l)).toBe(true);
    expect(verifyAddedRepeats(aligned, ["i", "think"], l).map((w) => w.text)).toEqual(["i", "i", "i", "think"]);
  });

  it("collapses added copies inside continuous sound", () => {
    const out = verifyAddedRepeats(aligned, ["i", "think"], levels(1));
    expect(out).toEqual([
      { text: "i", start: 0, end: 0.4 },
      { text: "think", start: 0.4, end: 0.7 },
    ]);
  });

  it("keeps repeats that are in the transcript without checking", () => {
    expect(verifyAddedRepeats(aligned, ["i", "i", "i", "think"], levels(1)).map((w) => w.text)).toEqual(["i", "i", "i", "think"]);
  });

  it("checks fragments the same way, with an offset", () => {
    const a = timed("b-@10-10.1 but@10.2-10.5");
    expect(verifyAddedRepeats(a, ["but"], levels(1, [[0.1, 0.2]]), 10).map((w) => w.text)).toEqual(["b", "but"]);
    expect(verifyAddedRepeats(a, ["but"], levels(1), 10)).toEqual([{ text: "but", start: 10, end: 10.5 }]);
  });
});

describe("frameLevels", () => {
  it("computes 10-ms levels in dB", () => {
    const s = new Float32Array(320).fill(0.1); // 20 ms at 16 kHz, RMS 0.1 -> -20 dB
    const l = frameLevels(s, 16000);
    expect(l).toHaveLength(2);
    expect(l[0]).toBeCloseTo(-20, 4);
  });
});
