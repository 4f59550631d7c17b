import { describe, expect, it } from "vitest";
import { coefficientOfVariation, composureScore, expressionChangeRate } from "./composure";
import { makeSpeech, makeTimeline, makeVision, peaked } from "./test-fixtures";

const windows = (wpms: number[]) => wpms.map((wpm, i) => ({ start: i * 10, end: i * 10 + 10, words: wpm / 6, wpm }));

describe("expressionChangeRate", () => {
  it("is 0 for a constant expression and 1 for full swings every second", () => {
    expect(expressionChangeRate(makeTimeline(20, () => peaked("neutral"))).meanChange).toBeCloseTo(0, 10);
    const swing = makeTimeline(20, (t) => (Math.floor(t) % 2 === 0 ? [0, 0, 0, 1, 0, 0, 0] : [0, 0, 0, 0, 0, 0, 1]));
    const r = expressionChangeRate(swing);
    expect(r.meanChange).toBeCloseTo(1, 10);
    expect(r.pairs).toBe(19);
  });

  it("skips seconds without a face", () => {
    const r = expressionChangeRate(makeTimeline(10, (t) => (t >= 5 && t < 6 ? null : peaked("happy"))));
    expect(r.pairs).toBe(7);
  });
});

describe("coefficientOfVariation", () => {
  it("matches a hand computation", () => {
    // mean 150, sample SD of [120, 150, 180] = 30 -> 0.2
    expect(coefficientOfVariation([120, 150, 180])).toBeCloseTo(0.2, 10);
  });
});

describe("composureScore", () => {
  const steadyTimeline = makeTimeline(60, () => peaked("neutral"));

  it("is 100 when expression, pace and fillers are all steady", () => {
    const speech = makeSpeech({ pace: { windows: windows([150, 150, 150, 150]) }, fillers: { count: 1, per100Words: 1 } });
    const r = composureScore(speech, makeVision(), steadyTimeline);
    expect(r.value).toBe(100);
    expect(r.reliability.level).toBe("high");
  });

  it("weights the parts 0.4 / 0.3 / 0.3 / 0.2", () => {
    // fillers 6/100 -> 1 - (6-2)/8 = 0.5 -> 50; pace, expression and repetitions (none) 100:
    // (0.4*100 + 0.3*100 + 0.3*50 + 0.2*100) / 1.2 = 87.5
    const speech = makeSpeech({ pace: { windows: windows([150, 150, 150]) }, fillers: { count: 9, per100Words: 6 } });
    expect(composureScore(speech, makeVision(), steadyTimeline).value).toBe(87.5);
  });

  it("counts repetitions and stammers only when the candidate lets them count", () => {
    // 3.5 per 100 -> 1 - (3.5-1)/5 = 0.5 -> 50: (0.4*100 + 0.3*100 + 0.3*100 + 0.2*50) / 1.2 = 91.67
    const repetitions = { count: 4, per100Words: 3.5, items: [], scored: true };
    const counted = makeSpeech({ pace: { windows: windows([150, 150, 150]) }, repetitions });
    const r = composureScore(counted, makeVision(), steadyTimeline);
    expect(r.value).toBeCloseTo(91.7, 1);
    expect(r.inputs.map((i) => i.name)).toContain("Repetitions and stammers");
    const optedOut = makeSpeech({ pace: { windows: windows([150, 150, 150]) }, repetitions: { ...repetitions, scored: false } });
    const o = composureScore(optedOut, makeVision(), steadyTimeline);
    expect(o.value).toBe(100);
    expect(o.inputs.map((i) => i.name)).not.toContain("Repetitions and stammers");
    expect(o.observations.join(" ")).toContain("not scored, as you chose");
  });

  it("ignores fillers entirely when disfluency scoring is off", () => {
    const speech = makeSpeech({ pace: { windows: windows([150, 150, 150]) }, fillers: { count: 30, per100Words: 20, scored: false } });
    const r = composureScore(speech, makeVision(), steadyTimeline);
    expect(r.value).toBe(100);
    expect(r.inputs.map((i) => i.name)).not.toContain("Fillers");
    expect(r.observations.join(" ")).toContain("not scored");
  });

  it("uses speech alone without a camera, re-normalising the weights", () => {
    // fillers 10 per 100 -> 0; pace CV 0 -> 100; no repetitions -> 100: (0.3*100 + 0.3*0 + 0.2*100)/0.8 = 62.5
    const speech = makeSpeech({ pace: { windows: windows([150, 150, 150]) }, fillers: { count: 15, per100Words: 10 } });
    expect(composureScore(speech, null, null).value).toBe(62.5);
  });

  it("drops to 0 on the expression part for swings every second", () => {
    const swing = makeTimeline(60, (t) => (Math.floor(t) % 2 === 0 ? peaked("happy", 1) : peaked("neutral", 1)));
    const r = composureScore(null, makeVision(), swing);
    expect(r.value).toBe(0);
  });

  it("is insufficient with neither usable speech nor face", () => {
    const speech = makeSpeech({ pace: { speakingTimeSec: 6 } });
    const r = composureScore(speech, makeVision({ faceVisibleShare: 0.2 }), steadyTimeline);
    expect(r.value).toBeNull();
    expect(r.reliability.level).toBe("insufficient");
  });
});
