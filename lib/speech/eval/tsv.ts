// Parser for the STT eval corpus: tab-separated, header with `file` and `text` columns (pure).
// No "server-only": imported by the eval CLI and tests.
import { z } from "zod";

const rowSchema = z.object({ file: z.string().min(1), text: z.string() });
export type EvalRow = z.infer<typeof rowSchema>;

export function parseTranscriptsTsv(text: string): EvalRow[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim().length > 0);
  const header = (lines.shift() ?? "").split("\t");
  const fi = header.indexOf("file");
  const ti = header.indexOf("text");
  if (fi < 0 || ti < 0) throw new Error("the TSV header must have `file` and `text` columns");
  return lines.map((l, i) => {
    const cols = l.split("\t");
    const r = rowSchema.safeParse({ file: cols[fi], text: cols[ti] });
    if (!r.success) throw new Error(`row ${i + 2}: ${r.error.issues[0]?.message ?? "invalid"}`);
    return r.data;
  });
}
