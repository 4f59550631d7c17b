/**
 * Pure parsing of question imports (CSV or JSON) into per-row results, and the matching export
 * formats. Every row is validated on its own, so one bad row never hides the good ones: the admin
 * sees each error with its row number and decides whether to import the rest.
 */
import { z } from "zod";
import { questionFieldsSchema, type QuestionFields } from "@/lib/schemas/banks";
import { parseCsv, toCsv } from "./csv";

export const QUESTION_COLUMNS = ["text", "category", "guidance", "answerSeconds", "prepSeconds", "published"] as const;

/** Header spellings people commonly use, mapped to our field names. */
const HEADER_ALIASES: Record<string, (typeof QUESTION_COLUMNS)[number]> = {
  text: "text",
  question: "text",
  category: "category",
  guidance: "guidance",
  answerseconds: "answerSeconds",
  answer_seconds: "answerSeconds",
  prepseconds: "prepSeconds",
  prep_seconds: "prepSeconds",
  published: "published",
};

export interface ImportRow {
  /** 1-based row number as the admin sees it in the file (CSV: line of the record; JSON: array index + 1). */
  row: number;
  question?: QuestionFields;
  error?: string;
  preview: string;
}

export interface ImportParseResult {
  rows: ImportRow[];
  /** Set when the file as a whole cannot be read; then rows is empty. */
  fileError?: string;
}

export function parseQuestionImport(format: "csv" | "json", content: string): ImportParseResult {
  try {
    return format === "csv" ? parseCsvImport(content) : parseJsonImport(content);
  } catch (error) {
    return { rows: [], fileError: error instanceof Error ? error.message : String(error) };
  }
}

function validateRow(row: number, candidate: unknown, preview: string): ImportRow {
  const parsed = questionFieldsSchema.safeParse(candidate);
  if (parsed.success) return { row, question: parsed.data, preview };
  const issue = parsed.error.issues[0];
  const field = issue?.path.join(".");
  return { row, error: `${field ? `${field}: ` : ""}${issue?.message ?? "invalid row"}`, preview };
}

function parseCsvImport(content: string): ImportParseResult {
  const [header, ...records] = parseCsv(content);
  if (!header) throw new Error("The CSV file has no rows.");
  const columns = header.map((name) => HEADER_ALIASES[name.trim().toLowerCase()]);
  if (!columns.includes("text")) {
    throw new Error(`The first row must be a header with a "text" column (found: ${header.join(", ")}).`);
  }
  const rows = records.map((cells, index) => {
    const record: Record<string, string> = {};
    columns.forEach((column, i) => {
      const cell = cells[i]?.trim();
      // An empty cell means "use the default", not "empty string".
      if (column && cell) record[column] = cell;
    });
    if (cells.length > header.length) {
      return { row: index + 2, error: `has ${cells.length} cells but the header has ${header.length}`, preview: cells.join(", ") };
    }
    return validateRow(index + 2, record, record.text ?? cells.join(", "));
  });
  return { rows };
}

const jsonImportSchema = z.union([
  z.array(z.unknown()),
  z.object({ questions: z.array(z.unknown()) }).transform((bank) => bank.questions),
]);

function parseJsonImport(content: string): ImportParseResult {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    throw new Error("The file is not valid JSON.");
  }
  const list = jsonImportSchema.safeParse(data);
  if (!list.success) throw new Error('JSON must be an array of questions or an object with a "questions" array.');
  return {
    rows: list.data.map((item, index) => {
      const preview = typeof item === "object" && item && "text" in item ? String(item.text) : JSON.stringify(item);
      return validateRow(index + 1, item, preview.slice(0, 200));
    }),
  };
}

export interface ExportableQuestion extends QuestionFields {
  position: number;
}

export function questionsToCsv(questions: ExportableQuestion[]): string {
  return toCsv([
    [...QUESTION_COLUMNS],
    ...questions.map((q) => [q.text, q.category, q.guidance, q.answerSeconds, q.prepSeconds, q.published]),
  ]);
}

export interface ExportableBank {
  title: string;
  slug: string;
  description: string;
  category: string;
  questions: ExportableQuestion[];
}

/** The JSON export is also a valid JSON import (it has a "questions" array). */
export function bankToJson(bank: ExportableBank): string {
  const questions = bank.questions.map((q) => ({
    text: q.text,
    category: q.category,
    guidance: q.guidance,
    answerSeconds: q.answerSeconds,
    prepSeconds: q.prepSeconds,
    published: q.published,
  }));
  return JSON.stringify({ format: "rehearse.bank.v1", ...bank, questions }, null, 2);
}
