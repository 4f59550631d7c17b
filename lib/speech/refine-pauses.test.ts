import { describe, expect, it } from "vitest";
import { LEVEL_FRAME_SEC, silenceThresholdDb } from "./levels";
import { timed } from "./metrics/test-helpers";
import { refinePauses } from "./refine-pauses";

/** dB track: speech (-20) in the given ranges, silence (-90) elsewhere. */
function track(sec: number, speech: [number, number][]): Float32Array {
  const l = new Float32Array(Math.round(sec / LEVEL_FRAME_SEC)).fill(-90);
  for (const [a, b] of speech) l.fill(-20, Math.round(a / LEVEL_FRAME_SEC), Math.round(b / LEVEL_FRAME_SEC));
  return l;
}

describe("refinePauses", () => {
  it("moves the gap to the real silence when the aligner swallowed a word into it", () => {
    // audio: "go" really at 4.2-4.5, silence 4.5-6.0, "but" at 6.0-6.2; the aligner put go at 3.75-3.94
    const levels = track(7, [[3.0, 3.94], [4.2, 4.5], [6.0, 6.2]]);
    const words = timed("go@3.75-3.94 but@5.99-6.18");
    const r = refinePauses(words, levels);
    expect(r[0]!.end).toBeCloseTo(4.5, 2);
    expect(r[1]!.start).toBeCloseTo(6.0, 2);
  });

  it("trims VAD padding from an estimated gap", () => {
    const levels = track(5, [[0, 1], [3, 4]]);
    const r = refinePauses(timed("a@0-1.3 b@2.7-4"), levels);
    expect(r[0]!.end).toBeCloseTo(1, 2);
    expect(r[1]!.start).toBeCloseTo(3, 2);
  });

  it("leaves short gaps and gaps without silence alone", () => {
    const levels = track(3, [[0, 3]]);
    const words = timed("a@0-1 b@1.1-2 c@2.5-3");
    expect(refinePauses(words, levels)).toEqual(words);
  });

  it("uses a threshold between noise floor and speech", () => {
    const l = new Float32Array(100).fill(-60);
    l.fill(-20, 50);
    expect(silenceThresholdDb(l)).toBe(-50);
  });
});
