"use client";

import { memo, useEffect, useRef, useState, type KeyboardEvent } from "react";
import { clock } from "@/components/report/format";
import type { MarkedWord, TranscriptToken } from "@/lib/reports/word-marks";
import { cn } from "@/components/ui/cn";
import { PauseIcon } from "./pause-icon";
import { MARK_LABEL, MARK_STYLES, pauseChipText } from "./word-mark-styles";

const Word = memo(function Word({
  token,
  active,
  focusable,
  onSeek,
}: {
  token: MarkedWord;
  active: boolean;
  focusable: boolean;
  onSeek: (sec: number) => void;
}) {
  const label = `${token.text}${token.mark !== "normal" ? ` (${MARK_LABEL[token.mark]})` : ""}, at ${clock(token.start)}`;
  return (
    <button
      type="button"
      data-word-index={token.index}
      data-mark={token.mark}
      tabIndex={focusable ? 0 : -1}
      aria-label={label}
      aria-current={active ? "true" : undefined}
      onClick={() => onSeek(token.start)}
      className={cn(
        "rounded px-0.5 py-px text-left transition-colors hover:bg-brand-50",
        MARK_STYLES[token.mark],
        token.fragment && "italic",
        active && "bg-brand-500 text-white no-underline hover:bg-brand-600",
      )}
    >
      {token.text}
    </button>
  );
});

export interface TranscriptWordsProps {
  tokens: TranscriptToken[];
  /** speech.words index of the word under the playhead, -1 for none. */
  activeIndex: number;
  onSeek: (sec: number) => void;
  /** Keep the active word in view inside the scroll box (while the video plays). */
  follow: boolean;
}

/**
 * The transcript as clickable words. One tab stop for the whole text (roving tabindex): arrow keys move
 * between words, Enter/Space seeks; a 3-minute answer would otherwise be ~450 tab stops.
 */
export function TranscriptWords({ tokens, activeIndex, onSeek, follow }: TranscriptWordsProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const firstWord = tokens.find((t): t is MarkedWord => t.kind === "word")?.index ?? -1;
  const tabIndexWord = focusIndex ?? (activeIndex >= 0 ? activeIndex : firstWord);

  useEffect(() => {
    const box = boxRef.current;
    if (!follow || !box || activeIndex < 0) return;
    const el = box.querySelector<HTMLElement>(`[data-word-index="${activeIndex}"]`);
    if (!el) return;
    // Scroll the box only, never the page (scrollIntoView would move the whole report).
    const top = el.offsetTop - box.offsetTop;
    if (top < box.scrollTop || top > box.scrollTop + box.clientHeight - el.offsetHeight) box.scrollTop = Math.max(0, top - box.clientHeight / 3);
  }, [activeIndex, follow]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== "ArrowRight" && e.key !== "ArrowLeft" && e.key !== "Home" && e.key !== "End") return;
    const words = boxRef.current?.querySelectorAll<HTMLButtonElement>("button[data-word-index]");
    if (!words || words.length === 0) return;
    const list = Array.from(words);
    const current = list.findIndex((b) => b === document.activeElement);
    const next =
      e.key === "Home" ? 0 : e.key === "End" ? list.length - 1 : Math.min(list.length - 1, Math.max(0, current + (e.key === "ArrowRight" ? 1 : -1)));
    const target = list[next];
    if (!target) return;
    e.preventDefault();
    setFocusIndex(Number(target.dataset.wordIndex));
    target.focus();
  };

  if (tokens.length === 0) return <p className="text-sm text-muted">No words were transcribed for this answer.</p>;

  return (
    <div
      ref={boxRef}
      role="group"
      aria-label="Transcript: choose a word to jump to it. Arrow keys move between words."
      onKeyDown={onKeyDown}
      className="relative max-h-64 overflow-y-auto rounded-md border border-slate-200 bg-white p-3 text-sm leading-7"
      data-testid="timeline-transcript"
    >
      {tokens.map((t) =>
        t.kind === "word" ? (
          <span key={`w${t.index}`}>
            <Word token={t} active={t.index === activeIndex} focusable={t.index === tabIndexWord} onSeek={onSeek} />{" "}
          </span>
        ) : (
          <span key={`p${t.start}`}>
            <button
              type="button"
              tabIndex={-1}
              onClick={() => onSeek(t.start)}
              className="mx-0.5 inline-flex items-center rounded-full border border-slate-300 bg-slate-100 px-2 text-xs text-slate-700 hover:bg-slate-200"
              // The name starts with the visible text (WCAG 2.5.3: speech users say what they see).
              aria-label={`${pauseChipText(t.durationSec)} long pause, at ${clock(t.start)}`}
              data-testid="pause-chip"
            >
              <PauseIcon />
              {pauseChipText(t.durationSec)}
            </button>{" "}
          </span>
        ),
      )}
    </div>
  );
}
