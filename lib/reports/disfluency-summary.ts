// Wording of the repetition and stammer counts on the answer card (pure, browser-safe).
import type { SpeechAnalysis } from "@/lib/speech/schema";

const KIND_LABELS = {
  word: ["repeated word", "repeated words"],
  phrase: ["repeated phrase", "repeated phrases"],
  "part-word": ["part-word repeat", "part-word repeats"],
  prolongation: ["held sound", "held sounds"],
  block: ["block", "blocks"],
} as const;

export interface DisfluencyFigure {
  value: string;
  note: string;
}

/** "3" with "1.9 / 100 words · 2.4 / min: 2 repeated words, 1 held sound" (and "not scored, as you chose"). */
export function repetitionFigure(speech: Pick<SpeechAnalysis, "repetitions" | "transcriptStatus">): DisfluencyFigure {
  const r = speech.repetitions;
  if (speech.transcriptStatus?.available === false) return { value: "—", note: "not measured: no transcript" };
  const counts = r.byKind ?? {};
  const parts = (Object.keys(KIND_LABELS) as (keyof typeof KIND_LABELS)[])
    .map((k) => {
      const n = counts[k]?.count ?? r.items.filter((i) => i.kind === k).length;
      return n > 0 ? `${n} ${KIND_LABELS[k][n === 1 ? 0 : 1]}` : null;
    })
    .filter(Boolean);
  const rates = `${r.per100Words.toFixed(1)} / 100 words${r.perMinute !== undefined ? ` · ${r.perMinute.toFixed(1)} / min` : ""}`;
  const kinds = parts.length ? `: ${parts.join(", ")}` : "";
  return { value: String(r.count), note: `${rates}${kinds}${r.scored ? "" : " · not scored, as you chose"}` };
}

/** "2 heard in the sound only" when some fillers were found acoustically (the model left them out of the text). */
export function acousticFillerNote(fillers: SpeechAnalysis["fillers"]): string | null {
  const n = fillers.items.filter((f) => f.evidence === "acoustic").length;
  return n > 0 ? `${n} heard in the sound only` : null;
}
