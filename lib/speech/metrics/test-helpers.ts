// Test-only helper: builds timed word lists with known timings.
import type { TimedWord } from "../words";

/** Evenly timed words: each `dur` long, separated by `gap`, starting at `t0`. */
export function evenWords(text: string, opts: { t0?: number; dur?: number; gap?: number } = {}): TimedWord[] {
  const { t0 = 0, dur = 0.3, gap = 0.1 } = opts;
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((t, i) => ({ text: t, start: t0 + i * (dur + gap), end: t0 + i * (dur + gap) + dur }));
}

/** Explicit list: "word@start-end". */
export function timed(spec: string): TimedWord[] {
  return spec
    .split(/\s+/)
    .filter(Boolean)
    .map((s) => {
      const m = /^(.+)@([\d.]+)-([\d.]+)$/.exec(s);
      if (!m) throw new Error(`bad spec ${s}`);
      const text = m[1]!;
      const fragment = text.endsWith("-");
      return { text: fragment ? text.slice(0, -1) : text, start: Number(m[2]), end: Number(m[3]), ...(fragment ? { fragment } : {}) };
    });
}
