import { describe, expect, it } from "vitest";
import {
  compositeOf,
  describeFirstVsNow,
  fillDays,
  firstVsNow,
  metricSeries,
  rankQuestions,
  sparkline,
  TREND_METRICS,
  type AnswerPoint,
} from "./trends";

let seq = 0;
function point(day: number, values: AnswerPoint["values"], questionId = "q1", sessionId = "s1"): AnswerPoint {
  seq += 1;
  return {
    answerId: `a${String(seq).padStart(3, "0")}`,
    sessionId,
    questionId,
    questionText: `Text of ${questionId}`,
    at: new Date(Date.UTC(2026, 0, day)).toISOString(),
    values,
  };
}

const fillers = TREND_METRICS.find((m) => m.id === "speech.fillers-per-100-words")!;

describe("metricSeries", () => {
  it("orders by time, skips answers without the metric and numbers from 1", () => {
    const pts = [point(3, { "speech.wpm": 130 }), point(1, { "speech.wpm": 110 }), point(2, { "vision.eye-contact": 50 })];
    expect(metricSeries(pts, "speech.wpm").map((p) => [p.index, p.value])).toEqual([
      [1, 110],
      [2, 130],
    ]);
    expect(sparkline(pts, "speech.wpm", 1)).toEqual([130]);
  });
});

describe("firstVsNow", () => {
  it("compares the mean of the first 3 with the mean of the last 3", () => {
    const values = [6, 7, 5.3, 9, 9, 4, 3, 2.6];
    const pts = values.map((v, i) => point(i + 1, { "speech.fillers-per-100-words": v }));
    const change = firstVsNow(pts, "speech.fillers-per-100-words")!;
    expect(change.first).toBeCloseTo(6.1, 10);
    expect(change.now).toBeCloseTo(3.2, 10);
    expect(change.window).toBe(3);
    expect(change.direction).toBe("lower");
    expect(describeFirstVsNow(change, fillers)).toBe("Fillers: 6.1 → 3.2 per 100 words (lower than in your first answers)");
    expect(describeFirstVsNow(change, fillers, "their")).toBe("Fillers: 6.1 → 3.2 per 100 words (lower than in their first answers)");
  });

  it("uses half of the answers on each side when there are fewer than 6, and null below 2", () => {
    const pts = [10, 20, 30, 40, 50].map((v, i) => point(i + 1, { "speech.wpm": v }));
    const change = firstVsNow(pts, "speech.wpm")!;
    expect([change.first, change.now, change.window]).toEqual([15, 45, 2]);
    expect(change.direction).toBe("higher");
    expect(firstVsNow([point(1, { "speech.wpm": 100 })], "speech.wpm")).toBeNull();
  });

  it("says 'same' when the means agree at the shown precision", () => {
    const pts = [3.01, 3.04].map((v, i) => point(i + 1, { "speech.fillers-per-100-words": v }));
    const change = firstVsNow(pts, "speech.fillers-per-100-words")!;
    expect(change.direction).toBe("same");
    expect(describeFirstVsNow(change, fillers)).toContain("about the same");
  });
});

describe("compositeOf and rankQuestions", () => {
  it("averages the measured composite scores only", () => {
    expect(compositeOf({ "score.attentiveness": 60, "score.composure": 80 })).toBe(70);
    expect(compositeOf({ "speech.wpm": 150 })).toBeNull();
  });

  it("ranks questions by mean composite and never lists one question on both sides", () => {
    const s = (v: number) => ({ "score.attentiveness": v, "score.composure": v, "score.engagement": v });
    const pts = [
      point(1, s(90), "qa"),
      point(2, s(70), "qa"), // qa mean 80, 2 answers
      point(3, s(40), "qb"),
      point(4, s(60), "qc"),
      point(5, s(20), "qd"),
      point(6, { "speech.wpm": 140 }, "qe"), // no composite: not ranked
    ];
    const { strongest, weakest } = rankQuestions(pts, 2);
    expect(strongest.map((q) => [q.questionId, q.composite, q.answers])).toEqual([
      ["qa", 80, 2],
      ["qc", 60, 1],
    ]);
    expect(weakest.map((q) => q.questionId)).toEqual(["qd", "qb"]);
    const sameWording = rankQuestions([point(1, s(90), "qa"), { ...point(2, s(30), "qz"), questionText: "  text of QA " }], 3);
    expect(sameWording.strongest.map((q) => [q.questionId, q.composite, q.answers])).toEqual([["qa", 60, 2]]);
    expect(sameWording.weakest).toEqual([]);
    const few = rankQuestions(pts.slice(0, 3), 2); // qa (80) and qb (40) only
    expect(few.strongest.map((q) => q.questionId)).toEqual(["qa"]);
    expect(few.weakest.map((q) => q.questionId)).toEqual(["qb"]);
    expect(rankQuestions(pts.slice(0, 1), 3)).toEqual({ strongest: [expect.objectContaining({ questionId: "qa" })], weakest: [] });
  });
});

describe("fillDays", () => {
  it("returns one entry per day ending today, with zeros for missing days", () => {
    const days = fillDays(new Map([["2026-03-01", 4], ["2026-02-27", 2]]), new Date("2026-03-01T15:00:00Z"), 3);
    expect(days).toEqual([
      { day: "2026-02-27", count: 2 },
      { day: "2026-02-28", count: 0 },
      { day: "2026-03-01", count: 4 },
    ]);
  });
});
