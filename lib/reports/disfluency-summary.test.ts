import { describe, expect, it } from "vitest";
import { acousticFillerNote, repetitionFigure } from "./disfluency-summary";

const item = (kind: "word" | "part-word" | "prolongation", start: number) => ({ kind, text: "x", count: kind === "prolongation" ? 1 : 2, start, end: start + 0.5 });

describe("repetitionFigure", () => {
  it("gives the count, both rates and each kind", () => {
    const items = [item("word", 1), item("word", 3), item("prolongation", 5)];
    const f = repetitionFigure({
      repetitions: { count: 3, per100Words: 1.94, perMinute: 2.4, byKind: { word: { count: 2, per100Words: 1.3, perMinute: 1.6 }, prolongation: { count: 1, per100Words: 0.6, perMinute: 0.8 } }, items, scored: true },
    });
    expect(f).toEqual({ value: "3", note: "1.9 / 100 words · 2.4 / min: 2 repeated words, 1 held sound" });
  });

  it("says when they are not scored, and counts kinds from the items in older analyses", () => {
    const f = repetitionFigure({ repetitions: { count: 1, per100Words: 0.5, items: [item("part-word", 2)], scored: false } });
    expect(f.note).toBe("0.5 / 100 words: 1 part-word repeat · not scored, as you chose");
  });

  it("shows no figure without a transcript", () => {
    const f = repetitionFigure({ repetitions: { count: 0, per100Words: 0, items: [], scored: true }, transcriptStatus: { available: false, reason: "r", attempts: [] } });
    expect(f.value).toBe("—");
  });
});

describe("acousticFillerNote", () => {
  it("counts fillers found in the sound only", () => {
    const fillers = {
      count: 2,
      per100Words: 2,
      byType: { uh: 2 },
      items: [
        { word: "uh" as const, start: 1, end: 1.4, index: 3, evidence: "acoustic" as const },
        { word: "uh" as const, start: 3, end: 3.3, index: 8 },
      ],
      scored: true,
    };
    expect(acousticFillerNote(fillers)).toBe("1 heard in the sound only");
    expect(acousticFillerNote({ ...fillers, items: [] })).toBeNull();
  });
});
