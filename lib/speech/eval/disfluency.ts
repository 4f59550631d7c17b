// Scoring of the disfluency evaluation (pure): labels TSV, detections read from an analysis, matching.
// No "server-only": imported by the eval CLI and tests.
import { z } from "zod";
import type { SpeechAnalysis } from "../schema";
import { HESITATION_FILLERS } from "../metrics/fillers";

export const DISFLUENCY_LABEL_TYPES = ["filler", "word-repeat", "part-word", "prolongation", "block", "pause", "none"] as const;
export type DisfluencyLabelType = (typeof DISFLUENCY_LABEL_TYPES)[number];
export type EventType = Exclude<DisfluencyLabelType, "none">;
export const EVENT_TYPES = DISFLUENCY_LABEL_TYPES.filter((t): t is EventType => t !== "none");

/** A detection within this many seconds of a label's time counts as finding it (the rule). */
export const MATCH_TOLERANCE_SEC = 0.5;

const labelRowSchema = z.object({
  file: z.string().min(1),
  type: z.enum(DISFLUENCY_LABEL_TYPES),
  time_s: z.coerce.number().finite().nonnegative(),
  duration_s: z.coerce.number().finite().nonnegative(),
  word: z.string(),
});
export type LabelRow = z.infer<typeof labelRowSchema>;

/** Parses the labels TSV (header: file, type, time_s, duration_s, word; `none` rows may leave times empty). */
export function parseLabelsTsv(text: string): LabelRow[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim().length > 0);
  const header = (lines.shift() ?? "").split("\t").map((h) => h.trim());
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`the labels TSV header must have a \`${name}\` column`);
    return i;
  };
  const idx = { file: col("file"), type: col("type"), time_s: col("time_s"), duration_s: col("duration_s"), word: col("word") };
  return lines.map((l, i) => {
    const c = l.split("\t");
    const r = labelRowSchema.safeParse({
      file: c[idx.file],
      type: c[idx.type]?.trim(),
      time_s: c[idx.time_s]?.trim() || 0,
      duration_s: c[idx.duration_s]?.trim() || 0,
      word: c[idx.word] ?? "",
    });
    if (!r.success) throw new Error(`row ${i + 2}: ${r.error.issues[0]?.path.join(".")}: ${r.error.issues[0]?.message ?? "invalid"}`);
    return r.data;
  });
}

export interface Detection {
  type: EventType;
  timeSec: number;
  durationSec: number;
}

/**
 * What one analysis reports, per evaluated type. Fillers: the hesitation sounds only (um, uh, er, ah, mm),
 * since the labels mark filled pauses; lexical fillers ("like", "actually") in read text are not labelled.
 * Word repeats include phrase repeats. Pauses: the analysis's pauses (over 0.5 s).
 */
export function detectionsOf(a: SpeechAnalysis): Detection[] {
  const out: Detection[] = [];
  for (const f of a.fillers.items) {
    if ((HESITATION_FILLERS as readonly string[]).includes(f.word)) out.push({ type: "filler", timeSec: f.start, durationSec: f.end - f.start });
  }
  for (const r of a.repetitions.items) {
    const type: EventType = r.kind === "word" || r.kind === "phrase" ? "word-repeat" : r.kind;
    out.push({ type, timeSec: r.start, durationSec: r.end - r.start });
  }
  for (const p of a.pauses.items) out.push({ type: "pause", timeSec: p.start, durationSec: p.durationSec });
  return out;
}

export interface TypeCounts {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
}

export interface FileScore {
  byType: Record<EventType, { tp: number; fp: number; fn: number }>;
  /** Detected minus labelled length of each matched pause, seconds. */
  pauseErrors: number[];
}

/** One-to-one matching per type, nearest first, within MATCH_TOLERANCE_SEC. */
export function scoreFile(labels: readonly LabelRow[], detections: readonly Detection[]): FileScore {
  const byType = Object.fromEntries(EVENT_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as FileScore["byType"];
  const pauseErrors: number[] = [];
  for (const type of EVENT_TYPES) {
    const ls = labels.filter((l) => l.type === type);
    const ds = detections.filter((d) => d.type === type);
    const pairs: { li: number; di: number; dist: number }[] = [];
    ls.forEach((l, li) =>
      ds.forEach((d, di) => {
        const dist = Math.abs(d.timeSec - l.time_s);
        if (dist <= MATCH_TOLERANCE_SEC) pairs.push({ li, di, dist });
      }),
    );
    pairs.sort((x, y) => x.dist - y.dist);
    const usedL = new Set<number>();
    const usedD = new Set<number>();
    for (const p of pairs) {
      if (usedL.has(p.li) || usedD.has(p.di)) continue;
      usedL.add(p.li);
      usedD.add(p.di);
      if (type === "pause") pauseErrors.push(ds[p.di]!.durationSec - ls[p.li]!.duration_s);
    }
    byType[type] = { tp: usedL.size, fp: ds.length - usedD.size, fn: ls.length - usedL.size };
  }
  return { byType, pauseErrors };
}

export function ratio(num: number, den: number): number | null {
  return den === 0 ? null : Math.round((num / den) * 1000) / 1000;
}

export function totals(scores: readonly FileScore[]): Record<EventType, TypeCounts> {
  return Object.fromEntries(
    EVENT_TYPES.map((t) => {
      const c = scores.reduce((acc, s) => ({ tp: acc.tp + s.byType[t].tp, fp: acc.fp + s.byType[t].fp, fn: acc.fn + s.byType[t].fn }), { tp: 0, fp: 0, fn: 0 });
      return [t, { ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) }];
    }),
  ) as Record<EventType, TypeCounts>;
}

