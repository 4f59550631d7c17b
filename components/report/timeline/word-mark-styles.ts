// Shared by the interactive transcript (client) and the printable one (server): no "use client" here, so a
// server component can read the strings instead of receiving client references.
export const MARK_STYLES = {
  filler: "bg-amber-100 text-amber-900 underline decoration-amber-500 decoration-wavy underline-offset-4",
  repeat: "bg-fuchsia-100 text-fuchsia-900 underline decoration-fuchsia-500 decoration-dotted underline-offset-4",
  held: "bg-sky-100 text-sky-900 underline decoration-sky-600 decoration-double underline-offset-4",
  blocked: "bg-slate-200 text-slate-900 underline decoration-slate-600 decoration-dashed underline-offset-4",
  normal: "",
} as const;

export const MARK_LABEL = { filler: "filler", repeat: "repeated", held: "held sound", blocked: "blocked start", normal: "" } as const;

/** A long pause as shown in both transcripts: the visible text, which the chip's accessible name starts with. */
export const pauseChipText = (durationSec: number) => `${durationSec.toFixed(1)} s`;
