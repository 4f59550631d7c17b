/**
 * Pure progress helpers for the dashboards: per-metric series, "now vs your first sessions",
 * and strongest/weakest questions. No runtime marker: the services call them on the server and
 * the results (plain numbers and strings) are rendered by client charts.
 *
 * Wording rule: every sentence here is an observation of a measured number ("6.1 → 3.2 per 100
 * words"), never a verdict about the person.
 */
import type { MetricId } from "@/lib/benchmarks/catalogue";
import { isoDay } from "@/lib/dates";

export interface TrendMetric {
  id: MetricId;
  label: string;
  unit: string;
  /** Decimals to show. */
  digits: number;
}

/** The metrics the dashboards chart, in display order. */
export const TREND_METRICS: readonly TrendMetric[] = [
  { id: "speech.wpm", label: "Speaking pace", unit: "wpm", digits: 0 },
  { id: "speech.fillers-per-100-words", label: "Fillers", unit: "per 100 words", digits: 1 },
  { id: "speech.repetitions-per-100-words", label: "Repetitions and stammers", unit: "per 100 words", digits: 1 },
  { id: "vision.eye-contact", label: "Eye contact", unit: "%", digits: 0 },
  { id: "score.attentiveness", label: "Attentiveness", unit: "/ 100", digits: 0 },
  { id: "score.composure", label: "Composure", unit: "/ 100", digits: 0 },
  { id: "score.engagement", label: "Engagement", unit: "/ 100", digits: 0 },
  { id: "speech.vocal-expression.neutral-or-calm", label: "Sounded neutral or calm", unit: "%", digits: 0 },
];

/** The composite used to rank questions: mean of the three composite scores that were measured. */
export const COMPOSITE_METRICS: readonly MetricId[] = ["score.attentiveness", "score.composure", "score.engagement"];

/** One analysed answer, reduced to what the dashboards need. `at` is an ISO string (serialisable). */
export interface AnswerPoint {
  answerId: string;
  sessionId: string;
  questionId: string;
  questionText: string;
  at: string;
  values: Partial<Record<MetricId, number>>;
}

export interface SeriesPoint {
  /** 1-based position among the answers that have this metric, oldest first. */
  index: number;
  at: string;
  sessionId: string;
  value: number;
}

const byTime = (a: AnswerPoint, b: AnswerPoint) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.answerId < b.answerId ? -1 : 1);

export const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;

/** The answers that measured `metric`, oldest first, numbered 1..n. */
export function metricSeries(points: readonly AnswerPoint[], metric: MetricId): SeriesPoint[] {
  return [...points]
    .sort(byTime)
    .filter((p) => typeof p.values[metric] === "number")
    .map((p, i) => ({ index: i + 1, at: p.at, sessionId: p.sessionId, value: p.values[metric]! }));
}

export interface FirstVsNow {
  metric: MetricId;
  first: number;
  now: number;
  /** How many answers each mean covers (the same on both sides). */
  window: number;
  direction: "higher" | "lower" | "same";
}

/**
 * Mean of the first `n` vs the last `n` answers that measured the metric. With fewer than 2n
 * answers each side takes half (rounded down), so no answer is counted on both sides; null with
 * fewer than 2 answers. "same" when the means agree at the displayed precision.
 */
export function firstVsNow(points: readonly AnswerPoint[], metric: MetricId, n = 3, digits = 1): FirstVsNow | null {
  const series = metricSeries(points, metric).map((p) => p.value);
  const window = Math.min(n, Math.floor(series.length / 2));
  if (window < 1) return null;
  const first = mean(series.slice(0, window));
  const now = mean(series.slice(-window));
  const f = 10 ** digits;
  const delta = Math.round(now * f) - Math.round(first * f);
  return { metric, first, now, window, direction: delta > 0 ? "higher" : delta < 0 ? "lower" : "same" };
}

/**
 * e.g. "Fillers: 6.1 → 3.2 per 100 words (lower than in your first answers)"; a coach reads "their".
 */
export function describeFirstVsNow(change: FirstVsNow, metric: TrendMetric, whose: "your" | "their" = "your"): string {
  const fmt = (x: number) => x.toFixed(metric.digits);
  const tail =
    change.direction === "same" ? `about the same as in ${whose} first answers` : `${change.direction} than in ${whose} first answers`;
  return `${metric.label}: ${fmt(change.first)} → ${fmt(change.now)} ${metric.unit} (${tail})`;
}

/** Mean of the composite scores present, or null when none was measured. */
export function compositeOf(values: Partial<Record<MetricId, number>>): number | null {
  const present = COMPOSITE_METRICS.map((m) => values[m]).filter((v): v is number => typeof v === "number");
  return present.length === 0 ? null : mean(present);
}

export interface QuestionRank {
  questionId: string;
  questionText: string;
  composite: number;
  answers: number;
}

/**
 * Questions ranked by the mean composite of their answers. Strongest: the top `limit` (at most half
 * of the questions, rounded up), best first; weakest: the bottom `limit` of the rest, lowest first.
 * Questions with the same wording count as one. Ties break on question id so the order is stable.
 */
export function rankQuestions(points: readonly AnswerPoint[], limit = 3): { strongest: QuestionRank[]; weakest: QuestionRank[] } {
  // Grouped by wording, not id: the same question in two banks (or imported twice) is one question to the
  // candidate, and listed by id it showed under both "Highest scores" and "Most room to grow".
  const groups = new Map<string, { questionId: string; text: string; scores: number[] }>();
  for (const p of points) {
    const c = compositeOf(p.values);
    if (c === null) continue;
    const key = p.questionText.trim().toLowerCase().replace(/\s+/g, " ");
    const g = groups.get(key) ?? { questionId: p.questionId, text: p.questionText, scores: [] };
    g.scores.push(c);
    groups.set(key, g);
  }
  const ranked: QuestionRank[] = [...groups.values()].map(({ questionId, ...g }) => ({
    questionId,
    questionText: g.text,
    composite: mean(g.scores),
    answers: g.scores.length,
  }));
  ranked.sort((a, b) => b.composite - a.composite || (a.questionId < b.questionId ? -1 : 1));
  // With few questions, split them between the two lists instead of listing them all as strongest.
  const strongest = ranked.slice(0, Math.min(limit, Math.ceil(ranked.length / 2)));
  const taken = new Set(strongest.map((q) => q.questionId));
  const weakest = ranked
    .filter((q) => !taken.has(q.questionId))
    .reverse()
    .slice(0, limit);
  return { strongest, weakest };
}

/** The last `n` values of a metric, oldest first, for a sparkline. */
export function sparkline(points: readonly AnswerPoint[], metric: MetricId, n = 10): number[] {
  return metricSeries(points, metric)
    .slice(-n)
    .map((p) => p.value);
}

/**
 * One count per UTC day from `days - 1` days before `today` to `today` inclusive, zeros filled in.
 * `counts` maps "YYYY-MM-DD" to a count.
 */
export function fillDays(counts: ReadonlyMap<string, number>, today: Date, days = 30): { day: string; count: number }[] {
  const end = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Array.from({ length: days }, (_, i) => {
    const day = isoDay(end - (days - 1 - i) * 86_400_000);
    return { day, count: counts.get(day) ?? 0 };
  });
}
