import { describe, expect, it } from "vitest";
import { analyzeContent } from "@/lib/content/analyze";
import { STAR_ANSWER } from "@/lib/content/fixtures";
import { makeSpeech, makeVision } from "@/lib/scoring/test-fixtures";
import { focusItems, scoreSummaries, type SummaryAnswer } from "./session-summary";

const clean = (number: number): SummaryAnswer => ({ number, speech: makeSpeech(), vision: makeVision(), content: null, contentText: null, scores: null });

const fillerItems = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ word: "um" as const, start: 5 + i * 3, end: 5.3 + i * 3, index: i * 10 }));

function written(number: number, text: string, category = "behavioural"): SummaryAnswer {
  return { number, speech: null, vision: null, content: analyzeContent({ text, source: "typed", question: { category } }), contentText: text, scores: null };
}

describe("focusItems", () => {
  it("finds nothing to work on in clean answers", () => {
    expect(focusItems([clean(1), clean(2)])).toEqual([]);
  });

  it("ranks what recurs across answers first, with the clearest example and its moment", () => {
    const fillers = (number: number, per100: number, count: number): SummaryAnswer => ({
      ...clean(number),
      speech: makeSpeech({ fillers: { count, per100Words: per100, byType: { um: count }, items: fillerItems(count), scored: true } }),
    });
    const lookingAway: SummaryAnswer = {
      ...clean(3),
      vision: makeVision({ eyeContactShare: 0.3, lookingAway: { count: 1, totalMs: 4000, episodes: [{ startMs: 12_000, durationMs: 4000, direction: "down" }] } }),
    };
    const items = focusItems([fillers(1, 6, 9), fillers(2, 9, 13), lookingAway]);
    expect(items.map((i) => i.kind)).toEqual(["fillers", "eye-contact"]);
    expect(items[0]).toMatchObject({ answer: 2, answersAffected: 2, moment: "“um” at 0:05", atSec: 5 });
    expect(items[0]!.severity).toBeCloseTo(0.5 + 1.25, 5);
    expect(items[1]).toMatchObject({ answer: 3, moment: "first look away at 0:12", detail: "Eye contact 30% of the time your face was visible." });
  });

  it("ignores fillers when the candidate turned disfluency scoring off", () => {
    const off: SummaryAnswer = { ...clean(1), speech: makeSpeech({ fillers: { count: 9, per100Words: 9, byType: {}, items: fillerItems(9), scored: false } }) };
    expect(focusItems([off])).toEqual([]);
  });

  it("names a missing STAR result with the sentence the story ends on", () => {
    const text = "When I was at university, a group project was falling behind. I organised a weekly meeting and I shared a plan with everyone in the group.";
    const [item] = focusItems([written(1, text)]).filter((i) => i.kind === "structure");
    expect(item?.title).toBe("Say how the story ended");
    expect(item?.detail).toBe("No task, result cue found (situation, task, action, result).");
    expect(item?.moment).toMatch(/^it ends “I organised a weekly meeting/);
  });

  it("keeps at most three, one per kind", () => {
    const hedgy = "I guess we kind of did stuff. Maybe we sort of fixed things like that, and so on, probably.";
    const items = focusItems([written(1, hedgy), written(2, hedgy)]);
    expect(items.length).toBeLessThanOrEqual(3);
    expect(new Set(items.map((i) => i.kind)).size).toBe(items.length);
    expect(items.map((i) => i.kind)).toContain("hedges");
    expect(focusItems([written(1, STAR_ANSWER)]).map((i) => i.kind)).toEqual(["length-short"]);
  });
});

describe("scoreSummaries", () => {
  it("averages each score over the answers that have it and says whether it is in the good range", () => {
    const score = (value: number | null) => ({ value, inputs: [], reliability: { level: "high" as const, reasons: [] }, observations: [] });
    const scores = (a: number | null, m: number) => ({ version: "x", attentiveness: score(a), composure: score(80), engagement: score(20), thinkingTime: score(100), signalMismatch: score(m) });
    const summary = scoreSummaries([{ ...clean(1), scores: scores(80, 10) }, { ...clean(2), scores: scores(null, 60) }]);
    const byId = Object.fromEntries(summary.map((s) => [s.id, s]));
    expect(byId.attentiveness).toEqual({ id: "attentiveness", mean: 80, answers: 1, inGoodRange: true });
    expect(byId.engagement?.inGoodRange).toBe(false);
    expect(byId.signalMismatch).toMatchObject({ mean: 35, inGoodRange: true });
    expect(scoreSummaries([clean(1)]).every((s) => s.mean === null && s.inGoodRange === null)).toBe(true);
  });
});
