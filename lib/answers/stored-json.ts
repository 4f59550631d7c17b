/**
 * Reading an answer's stored JSON columns with today's schemas. Nothing stored reads as null;
 * something stored that today's schema rejects (written by an older version, or damaged) also
 * reads as null, but is logged with the answer, the column and the first issue, so a report that
 * shows "no figures" for it is traceable instead of silently blank. Used by every reader of these
 * columns (reports, scoring, benchmarks).
 */
import { z } from "zod";
import { answerScoresSchema } from "@/lib/scoring/types";
import { speechAnalysisSchema } from "@/lib/speech/schema";
import { timelinePointSchema, visionSummarySchema } from "@/lib/vision/schemas";

export const STORED_SCHEMAS = {
  speechAnalysis: speechAnalysisSchema,
  visionSummary: visionSummarySchema,
  visionTimeline: z.array(timelinePointSchema),
  scores: answerScoresSchema,
} as const;

export type StoredColumn = keyof typeof STORED_SCHEMAS;
export type StoredValue<C extends StoredColumn> = z.infer<(typeof STORED_SCHEMAS)[C]>;

/** Where an unreadable value goes; tests replace it. */
export const storedJsonLog = { warn: (message: string) => console.warn(message) };

export function readStored<C extends StoredColumn>(column: C, value: unknown, answerId: string): StoredValue<C> | null {
  if (value === null || value === undefined) return null;
  const parsed = STORED_SCHEMAS[column].safeParse(value);
  if (parsed.success) return parsed.data as StoredValue<C>;
  const issue = parsed.error.issues[0];
  storedJsonLog.warn(
    `[stored-json] answer ${answerId}: ${column} fails today's schema at ${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "invalid"}; read as missing`,
  );
  return null;
}

/** The stored columns of one answer that hold a value today's schemas cannot read. */
export function unreadableColumns(columns: Partial<Record<StoredColumn, unknown>>): StoredColumn[] {
  return (Object.keys(columns) as StoredColumn[]).filter((column) => {
    const value = columns[column];
    return value !== null && value !== undefined && !STORED_SCHEMAS[column].safeParse(value).success;
  });
}
