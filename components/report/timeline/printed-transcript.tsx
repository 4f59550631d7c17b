import type { TranscriptToken } from "@/lib/reports/word-marks";
import { cn } from "@/components/ui/cn";
import { MARK_LABEL, MARK_STYLES, pauseChipText } from "./word-mark-styles";

/**
 * The transcript for the printout: the same tokens as the report's interactive transcript (every word the
 * aligner heard, repetitions and fillers marked, long pauses in place), as plain text instead of buttons.
 * Marks carry a visually hidden word too, so a black-and-white print or a screen reader keeps them.
 */
export function PrintedTranscript({ tokens }: { tokens: TranscriptToken[] }) {
  if (tokens.length === 0) return <p className="text-muted">No words were transcribed for this answer.</p>;
  return (
    <p className="leading-7" data-testid="printed-transcript">
      {tokens.map((t) =>
        t.kind === "word" ? (
          <span key={`w${t.index}`}>
            <span data-mark={t.mark} className={cn("rounded px-0.5", MARK_STYLES[t.mark], t.fragment && "italic")}>
              {t.text}
            </span>
            {t.mark !== "normal" && <span className="sr-only"> ({MARK_LABEL[t.mark]})</span>}{" "}
          </span>
        ) : (
          <span key={`p${t.start}`}>
            <span className="rounded-full border border-slate-300 px-2 text-xs" data-testid="pause-chip">
              {pauseChipText(t.durationSec)}
            </span>
            <span className="sr-only"> long pause</span>{" "}
          </span>
        ),
      )}
    </p>
  );
}
