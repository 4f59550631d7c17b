import { describe, expect, it } from "vitest";
import { composureScore } from "./composure";
import { fillerRate, fillerRateText } from "./filler-rate";
import { makeSpeech } from "./test-fixtures";
import { answerTips } from "./tips";

describe("one filler rate, rounded once", () => {
  it("rounds halves the same way everywhere (4.35 is 4.4, not 4.3 on one page and 4.4 on another)", () => {
    expect(fillerRateText({ per100Words: 4.35 })).toBe("4.4");
    expect(fillerRateText({ per100Words: 4.25 })).toBe("4.3");
    expect(fillerRateText({ per100Words: 4 })).toBe("4.0");
    expect(fillerRate({ per100Words: 0.05 })).toBe(0.1);
  });

  it.each([4.35, 4.25, 1.15, 2.05, 7.45])("the tip and the composure observation quote the tile's figure for %s", (per100Words) => {
    const speech = makeSpeech({ fillers: { count: 9, per100Words, byType: { um: 9 } } });
    const tile = fillerRateText(speech.fillers);
    const tip = answerTips(speech, null).find((t) => t.id.startsWith("fillers"));
    expect(tip?.text.startsWith(`${tile} fillers per 100 words`)).toBe(true);
    const composure = composureScore(speech, null, null);
    expect(composure.observations.some((o) => o.startsWith(`${tile} fillers per 100 words`))).toBe(true);
    expect(composure.inputs.find((i) => i.name === "Fillers")?.value).toBe(fillerRate(speech.fillers));
  });
});
