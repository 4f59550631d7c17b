import { describe, expect, it } from "vitest";
import { LEVEL_FRAME_SEC } from "./levels";
import { computePauses } from "./metrics/pauses";
import { paceFromSyllables, syllableNuclei } from "./metrics/syllable-pace";
import { bridgeGaps, soundSpans } from "./signal-pauses";

/** 10-ms levels: -30 dB where `loud(t)` holds, -90 dB elsewhere. */
function levels(sec: number, loud: (t: number) => boolean | number): Float32Array {
  return Float32Array.from({ length: Math.round(sec / LEVEL_FRAME_SEC) }, (_, f) => {
    const v = loud(f * LEVEL_FRAME_SEC);
    return typeof v === "number" ? v : v ? -30 : -90;
  });
}

describe("soundSpans and pauses from the signal", () => {
  it("finds the sound inside voice activity, so a 1.5 s silence is a 1.5 s pause whatever the word timings", () => {
    const l = levels(6, (t) => (t >= 0.8 && t < 2.2) || (t >= 3.7 && t < 5));
    const spans = soundSpans(l, [{ start: 0.5, end: 5.3 }]);
    expect(spans).toEqual([{ start: 0.8, end: 2.2 }, { start: 3.7, end: 5 }]);
    const p = computePauses(spans, 6);
    expect(p.longestSec).toBeCloseTo(1.5, 6);
    expect(p.timeToFirstWordSec).toBeCloseTo(0.8, 6);
    expect(p.trailingSilenceSec).toBeCloseTo(1, 6);
  });

  it("treats loud noise outside voice activity as silence and ignores clicks inside a pause", () => {
    const l = levels(5, (t) => (t >= 0.5 && t < 1.5) || (t >= 2.0 && t < 2.03) || (t >= 3 && t < 4) || t >= 4.5);
    const spans = soundSpans(l, [{ start: 0.4, end: 4.1 }]);
    expect(spans).toEqual([{ start: 0.5, end: 1.5 }, { start: 3, end: 4 }]);
  });

  it("joins the sound across a block's silence", () => {
    const spans = [{ start: 0, end: 1 }, { start: 1.4, end: 2 }, { start: 3, end: 4 }];
    expect(bridgeGaps(spans, [{ start: 1, end: 1.4 }])).toEqual([{ start: 0, end: 2 }, { start: 3, end: 4 }]);
  });
});

describe("pace from syllable nuclei", () => {
  it("counts one nucleus per loudness peak and turns syllables into words", () => {
    // 4 syllables per second for 3 s (a peak every 250 ms), between 1 and 4 s
    const l = levels(5, (t) => (t >= 1 && t < 4 ? -40 + 12 * Math.max(0, Math.cos(((t - 1) / 0.25) * 2 * Math.PI)) : -90));
    const nuclei = syllableNuclei(l, [{ start: 1, end: 4 }]);
    expect(nuclei.length).toBeGreaterThanOrEqual(11);
    expect(nuclei.length).toBeLessThanOrEqual(13);
    const pace = paceFromSyllables(l, [{ start: 1, end: 4 }]);
    expect(pace.source).toBe("syllables");
    // 12 syllables / 1.5 = 8 words in 3 s = 160 wpm
    expect(pace.wpm).toBeGreaterThan(140);
    expect(pace.wpm).toBeLessThanOrEqual(190);
  });
});
