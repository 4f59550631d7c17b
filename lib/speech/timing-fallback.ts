// Estimated word timings when forced alignment is unavailable (pure). No "server-only": imported by tests.
import type { Segment, TimedWord } from "./words";

/**
 * Spreads the words of each STT chunk over the chunk's VAD speech segments, in proportion to
 * word length in letters (a rough proxy for spoken duration). Pauses between VAD segments
 * therefore stay pauses; timings inside a segment are approximate.
 */
export function estimateWordTimings(words: readonly string[], speech: readonly Segment[]): TimedWord[] {
  if (words.length === 0 || speech.length === 0) return [];
  const weight = (w: string) => Math.max(1, w.replace(/[^a-z0-9]/gi, "").length) + 1;
  const weights = words.map(weight);
  const totalW = weights.reduce((a, b) => a + b, 0);
  const totalT = speech.reduce((a, s) => a + (s.end - s.start), 0);
  if (totalT <= 0) return [];

  // Map "speech time" (time with the gaps removed) back to real time.
  const toReal = (t: number): number => {
    let acc = 0;
    for (const s of speech) {
      const len = s.end - s.start;
      if (t <= acc + len + 1e-9) return s.start + (t - acc);
      acc += len;
    }
    return speech[speech.length - 1]!.end;
  };
  const segIndex = (t: number): number => {
    let acc = 0;
    for (let i = 0; i < speech.length; i++) {
      const len = speech[i]!.end - speech[i]!.start;
      if (t < acc + len) return i;
      acc += len;
    }
    return speech.length - 1;
  };

  const out: TimedWord[] = [];
  let cursor = 0;
  words.forEach((text, i) => {
    const dur = (weights[i]! / totalW) * totalT;
    const a = cursor;
    const b = cursor + dur;
    cursor = b;
    // A word never straddles a gap: snap it into the segment that holds its midpoint.
    const seg = speech[segIndex((a + b) / 2)]!;
    const start = Math.max(seg.start, toReal(a));
    const end = Math.min(seg.end, Math.max(start, toReal(b - 1e-9)));
    out.push({ text, start, end });
  });
  return out;
}
