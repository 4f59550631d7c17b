/**
 * CSV reading and writing for question-bank import and export, with papaparse (RFC 4180: quoted
 * fields, doubled quotes, commas and newlines inside quotes, CRLF or LF line ends).
 *
 * Spreadsheets run a cell that starts with = + - @ (or a tab) as a formula, so the writer
 * prefixes such cells with an apostrophe, and the reader removes it again: "-5% budget" comes back
 * as "-5% budget". Cells that already start with apostrophes before such a character get one more,
 * so the pair is exact for every string (a literal "'=x" survives too).
 */
import Papa from "papaparse";

/** Cells the writer prefixes with "'": any apostrophes, then a character spreadsheets treat as a formula. */
const FORMULA_LIKE = /^'*[=+\-@\t]/;
/** The same cells as they appear in a written file: at least one apostrophe before that character. */
const ESCAPED_FORMULA = /^'+[=+\-@\t]/;

export function parseCsv(text: string): string[][] {
  // Files mix line ends (an edited export): read every CRLF or CR as LF, inside quoted cells too.
  const source = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const result = Papa.parse<string[]>(source, { delimiter: ",", newline: "\n", skipEmptyLines: "greedy" });
  const quoteError = result.errors.find((error) => error.type === "Quotes");
  if (quoteError) throw new Error("The CSV ends inside a quoted field (a closing \" is missing).");
  return result.data.map((cells) => cells.map((cell) => (ESCAPED_FORMULA.test(cell) ? cell.slice(1) : cell)));
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | boolean>>): string {
  const cells = rows.map((row) => row.map((cell) => (FORMULA_LIKE.test(String(cell)) ? `'${String(cell)}` : String(cell))));
  return `${Papa.unparse(cells, { newline: "\r\n" })}\r\n`;
}
