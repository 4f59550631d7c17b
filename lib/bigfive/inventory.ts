/**
 * The IPIP-NEO-120 (Johnson, 2014): 120 public-domain IPIP items measuring the five domains and
 * their 30 facets, as packaged by @bigfive-org/questions, /score and /results (MIT, B5 Holding AS;
 * the item texts are from the International Personality Item Pool, public domain). Pure: shared by
 * the questionnaire page, the action that stores answers and the report page.
 */
import { getItems } from "@bigfive-org/questions";
import getResults from "@bigfive-org/results";
import calculateScore from "@bigfive-org/score";
import { z } from "zod";

export const DOMAINS = ["O", "C", "E", "A", "N"] as const;
export type DomainId = (typeof DOMAINS)[number];

export interface InventoryItem {
  id: string;
  text: string;
  domain: DomainId;
  facet: number;
  choices: { text: string; score: number }[];
}

let cached: InventoryItem[] | null = null;

/** The 120 items in the inventory's published order (domains interleaved, as administered). */
export function inventoryItems(): InventoryItem[] {
  cached ??= getItems("en").map((item) => ({
    id: item.id,
    text: item.text,
    domain: item.domain as DomainId,
    facet: item.facet,
    choices: item.choices.map(({ text, score }) => ({ text, score })),
  }));
  return cached;
}

/** Item id -> the chosen choice's score (1-5, already reversed for minus-keyed items by the package). */
export const bigFiveAnswersSchema = z
  .record(z.string(), z.coerce.number().int().min(1).max(5))
  .superRefine((answers, ctx) => {
    const ids = new Set(inventoryItems().map((item) => item.id));
    const unknown = Object.keys(answers).filter((id) => !ids.has(id));
    if (unknown.length) ctx.addIssue({ code: "custom", message: `Unknown item ${unknown[0]}.` });
    const missing = [...ids].filter((id) => !(id in answers)).length;
    if (missing) ctx.addIssue({ code: "custom", message: `${missing} statement${missing === 1 ? "" : "s"} still to answer.` });
  });
export type BigFiveAnswers = z.infer<typeof bigFiveAnswersSchema>;

/** What is stored: per domain and facet, the sum of item scores and the item count. */
export const bigFiveScoresSchema = z.record(
  z.enum(DOMAINS),
  z.object({ score: z.number(), count: z.number().int().positive(), facet: z.record(z.string(), z.object({ score: z.number(), count: z.number().int().positive() })) }),
);
export type BigFiveScores = z.infer<typeof bigFiveScoresSchema>;

export function scoreAnswers(answers: BigFiveAnswers): BigFiveScores {
  const byId = new Map(inventoryItems().map((item) => [item.id, item]));
  const raw = calculateScore({
    answers: Object.entries(answers).map(([id, score]) => {
      const item = byId.get(id)!;
      return { domain: item.domain, facet: String(item.facet), score };
    }),
  });
  return bigFiveScoresSchema.parse(
    Object.fromEntries(
      Object.entries(raw).map(([domain, d]) => [
        domain,
        { score: d.score, count: d.count, facet: Object.fromEntries(Object.entries(d.facet).map(([facet, f]) => [facet, { score: f.score, count: f.count }])) },
      ]),
    ),
  );
}

/** 0-100: where the mean item score sits between 1 (all "very inaccurate") and 5 (all "very accurate"). */
export const scaled = (score: number, count: number) => Math.round(((score / count - 1) / 4) * 100);

export type Level = "low" | "neutral" | "high";
/** The package's own rule: mean item score above 3 is high, below 3 low. */
export const levelOf = (score: number, count: number): Level => (score / count > 3 ? "high" : score / count < 3 ? "low" : "neutral");

export interface DomainResult {
  domain: DomainId;
  title: string;
  shortDescription: string;
  /** The package's description of this level (written for the inventory, not by us). */
  levelText: string;
  level: Level;
  value: number;
  facets: { facet: number; title: string; value: number; level: Level }[];
}

/** Domain and facet results with the package's titles and texts, in O, C, E, A, N order. */
export function describeScores(scores: BigFiveScores): DomainResult[] {
  const withLevels = Object.fromEntries(
    Object.entries(scores).map(([domain, d]) => [
      domain,
      {
        ...d,
        result: levelOf(d.score, d.count),
        facet: Object.fromEntries(Object.entries(d.facet).map(([facet, f]) => [facet, { ...f, result: levelOf(f.score, f.count) }])),
      },
    ]),
  );
  const described = getResults({ lang: "en", scores: withLevels });
  return DOMAINS.flatMap((id) => {
    const domain = described.find((d) => d.domain === id);
    const stored = scores[id];
    if (!domain) return [];
    return [
      {
        domain: id,
        title: domain.title,
        shortDescription: domain.shortDescription,
        levelText: domain.text,
        level: levelOf(stored.score, stored.count),
        value: scaled(stored.score, stored.count),
        facets: domain.facets.map((facet) => {
          const f = stored.facet[String(facet.facet)];
          return { facet: facet.facet, title: facet.title, value: f ? scaled(f.score, f.count) : 0, level: f ? levelOf(f.score, f.count) : "neutral" };
        }),
      },
    ];
  });
}

/** How the cohort's 0-100 values spread over five bands, and where this value sits. */
export function cohortDistribution(values: readonly number[], value: number) {
  const bins = [0, 0, 0, 0, 0];
  for (const v of values) bins[Math.min(4, Math.floor(v / 20))]!++;
  const below = values.filter((v) => v < value).length + values.filter((v) => v === value).length / 2;
  return { n: values.length, bins, percentile: values.length ? Math.round((below / values.length) * 100) : null };
}
