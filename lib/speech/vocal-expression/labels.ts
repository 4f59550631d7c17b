// labels.tsv of a RAVDESS-like folder (file, speaker, emotion, ...), validated with zod. Pure.
import { z } from "zod";
import { VOCAL_CLASSES } from "./classes";

const rowSchema = z.object({ file: z.string().min(1), speaker: z.string().min(1), emotion: z.enum(VOCAL_CLASSES) });
export type LabelRow = z.infer<typeof rowSchema>;

export function parseLabelsTsv(text: string): LabelRow[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim().length > 0);
  const header = (lines.shift() ?? "").split("\t");
  const idx = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`labels.tsv needs a \`${name}\` column`);
    return i;
  };
  const [fi, si, ei] = [idx("file"), idx("speaker"), idx("emotion")];
  return lines.map((l, i) => {
    const cols = l.split("\t");
    const r = rowSchema.safeParse({ file: cols[fi], speaker: cols[si], emotion: cols[ei] });
    if (!r.success) throw new Error(`labels.tsv row ${i + 2}: ${r.error.issues[0]?.message ?? "invalid"}`);
    return r.data;
  });
}
