import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { transcriptTokensOf } from "@/lib/reports/word-marks";
import { makeSpeech } from "@/lib/scoring/test-fixtures";
import { PrintedTranscript } from "./printed-transcript";
import { TranscriptWords } from "./transcript-words";

const w = (text: string, start: number, end: number) => ({ text, start, end });
// "um I I think ... it works": a filler, a repetition and a long pause, which the recogniser's punctuated text drops.
const speech = makeSpeech({
  transcript: "I think it works.",
  words: [w("um", 0, 0.3), w("i", 0.5, 0.6), w("i", 0.7, 0.8), w("think", 0.9, 1.2), w("it", 4, 4.2), w("works", 4.3, 4.7)],
  fillers: { count: 1, per100Words: 16.67, byType: { um: 1 }, items: [{ word: "um", start: 0, end: 0.3, index: 0 }], scored: true },
  repetitions: { count: 1, per100Words: 16.67, items: [{ kind: "word", text: "i", count: 2, start: 0.5, end: 0.8 }], scored: true },
  pauses: {
    count: 1, longCount: 1, longestSec: 2.8, silenceShare: 0.5, timeToFirstWordSec: 0, trailingSilenceSec: 0, perMinute: 10,
    items: [{ start: 1.2, end: 4, durationSec: 2.8, long: true }],
    thresholds: { silenceFloorSec: 0.25, pauseSec: 0.5, longPauseSec: 2 },
  },
});

/** The words (with their marks) and pause chips in the order a reader meets them. */
function sequence(html: string): string[] {
  return [...html.matchAll(/data-mark="(\w+)"[^>]*>([^<]*)<|data-testid="pause-chip"[^>]*>(?:<svg.*?<\/svg>)?([^<]*)</g)].map((m) =>
    m[1] ? `${m[2]}:${m[1]}` : `pause ${m[3]}`,
  );
}

describe("the printout and the report show one transcript", () => {
  const tokens = transcriptTokensOf(speech);
  const report = renderToStaticMarkup(createElement(TranscriptWords, { tokens, activeIndex: -1, onSeek: () => {}, follow: false }));
  const printed = renderToStaticMarkup(createElement(PrintedTranscript, { tokens }));

  it("has the same words, marks and pauses in the same order", () => {
    expect(sequence(report)).toEqual(["um:filler", "i:repeat", "i:repeat", "think:normal", "pause 2.8 s", "it:normal", "works:normal"]);
    expect(sequence(printed)).toEqual(sequence(report));
  });

  it("keeps the repetitions the recogniser's punctuated text drops", () => {
    expect(printed).not.toContain(speech.transcript);
    expect(printed.match(/>i</g)).toHaveLength(2);
  });
});
