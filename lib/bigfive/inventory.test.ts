import { describe, expect, it } from "vitest";
import { bigFiveAnswersSchema, cohortDistribution, describeScores, DOMAINS, inventoryItems, levelOf, scaled, scoreAnswers } from "./inventory";

const allWith = (pick: (item: ReturnType<typeof inventoryItems>[number]) => number) =>
  Object.fromEntries(inventoryItems().map((item) => [item.id, pick(item)]));

describe("IPIP-NEO-120 inventory", () => {
  it("has 120 items, 24 per domain, 4 per facet", () => {
    const items = inventoryItems();
    expect(items).toHaveLength(120);
    for (const domain of DOMAINS) {
      const mine = items.filter((item) => item.domain === domain);
      expect(mine).toHaveLength(24);
      for (let facet = 1; facet <= 6; facet++) expect(mine.filter((item) => item.facet === facet)).toHaveLength(4);
    }
  });

  it("refuses incomplete or unknown answers", () => {
    const all = allWith(() => 3);
    expect(bigFiveAnswersSchema.safeParse(all).success).toBe(true);
    const { [inventoryItems()[0]!.id]: _dropped, ...missingOne } = all;
    expect(bigFiveAnswersSchema.safeParse(missingOne).error?.issues[0]?.message).toBe("1 statement still to answer.");
    expect(bigFiveAnswersSchema.safeParse({ ...all, nope: 3 }).success).toBe(false);
    expect(bigFiveAnswersSchema.safeParse({ ...all, [inventoryItems()[0]!.id]: 6 }).success).toBe(false);
  });

  it("scores a neutral respondent in the middle of every domain and facet", () => {
    const described = describeScores(scoreAnswers(allWith(() => 3)));
    expect(described.map((d) => d.domain)).toEqual(["O", "C", "E", "A", "N"]);
    for (const domain of described) {
      expect(domain.value).toBe(50);
      expect(domain.level).toBe("neutral");
      expect(domain.facets).toHaveLength(6);
      expect(domain.facets.every((f) => f.value === 50)).toBe(true);
    }
  });

  it("uses the chosen choice's score, so the most 'accurate' answer to a reversed item counts low", () => {
    // Answer "Very Accurate" to everything: plus-keyed items score 5, minus-keyed items 1.
    const veryAccurate = allWith((item) => item.choices.find((c) => c.text === "Very Accurate")!.score);
    const scores = scoreAnswers(veryAccurate);
    const items = inventoryItems();
    for (const domain of DOMAINS) {
      const mine = items.filter((item) => item.domain === domain);
      const expected = mine.reduce((sum, item) => sum + item.choices.find((c) => c.text === "Very Accurate")!.score, 0);
      expect(scores[domain].score).toBe(expected);
      expect(scores[domain].count).toBe(24);
    }
    // The all-agree pattern is not all-high: the reversed items pull each domain towards the middle.
    expect(describeScores(scores).some((d) => d.value < 100)).toBe(true);
  });

  it("scales and levels by the mean item score", () => {
    expect(scaled(24, 24)).toBe(0);
    expect(scaled(120, 24)).toBe(100);
    expect(levelOf(73, 24)).toBe("high");
    expect(levelOf(71, 24)).toBe("low");
  });

  it("describes a cohort distribution in five bands", () => {
    expect(cohortDistribution([10, 30, 50, 50, 90], 50)).toEqual({ n: 5, bins: [1, 1, 2, 0, 1], percentile: 60 });
    expect(cohortDistribution([], 50).percentile).toBeNull();
  });
});
