/**
 * Reading an answer's stored JSON columns with today's schemas. Nothing stored reads as null;
 * something stored that today's schema rejects (written by an older version, or damaged) also
 * reads as null, but is logged with the answer, the column and the first issue, so a report that
 * shows "no figures" for it is traceable instead of silently blank. Used by every reader of these
 * columns (reports, scoring, benchmarks).
 */
import { z } from "zod";
import { answerScoresSchema } from "@/lib/scoring/types";
import { speechAnalysisSchema, speechSummarySchema } from "@/lib/speech/schema";
import { timelinePointSchema, visionSummarySchema } from "@/lib/vision/schemas";

export const STORED_SCHEMAS = {
  speechAnalysis: speechAnalysisSchema,
  /** The speechAnalysis column read without its word list (lib/sessions/report-answers.ts). */
  speechSummary: speechSummarySchema,
  visionSummary: visionSummarySchema,
  visionTimeline: z.array(timelinePointSchema),
  scores: answerScoresSchema,
} as const;

export type StoredColumn = keyof typeof STORED_SCHEMAS;
export type StoredValue<C extends StoredColumn> = z.infer<(typeof STORED_SCHEMAS)[C]>;

/** Where an unreadable value goes; tests replace it. */
export const storedJsonLog = { warn: (message: string) => console.warn(message) };

export function readStored<C extends StoredColumn>(column: C, value: unknown, answerId: string): StoredValue<C> | null {
  return parseStored(column, value, answerId).value;
}

/** One parse: the value today's schema reads (or null), and whether something stored could not be read. */
function parseStored<C extends StoredColumn>(column: C, value: unknown, answerId: string): { value: StoredValue<C> | null; unreadable: boolean } {
  if (value === null || value === undefined) return { value: null, unreadable: false };
  const parsed = STORED_SCHEMAS[column].safeParse(value);
  if (parsed.success) return { value: parsed.data as StoredValue<C>, unreadable: false };
  const issue = parsed.error.issues[0];
  storedJsonLog.warn(
    `[stored-json] answer ${answerId}: ${column} fails today's schema at ${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "invalid"}; read as missing`,
  );
  return { value: null, unreadable: true };
}

/**
 * Every column given, read once (a report shows them and lists the unreadable ones: parsing a
 * speech analysis again for each use was a measurable share of a report's server time).
 */
export function readStoredColumns<C extends StoredColumn>(
  columns: { [K in C]: unknown },
  answerId: string,
): { values: { [K in C]: StoredValue<K> | null }; unreadable: C[] } {
  const values = {} as { [K in C]: StoredValue<K> | null };
  const unreadable: C[] = [];
  for (const column of Object.keys(columns) as C[]) {
    const read = parseStored(column, columns[column], answerId);
    values[column] = read.value;
    if (read.unreadable) unreadable.push(column);
  }
  return { values, unreadable };
}
