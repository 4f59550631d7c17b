// Run-length bands for the synchronized timeline (pure, browser-safe).
import { VOCAL_CLASSES, type VocalClass } from "@/lib/speech/vocal-expression/classes";
import type { VocalExpression } from "@/lib/speech/vocal-expression/schema";
import { TIMELINE_HZ, type EmotionLabel } from "@/lib/vision/constants";
import type { TimelinePoint } from "@/lib/vision/schemas";
import { dominantEmotion } from "./emotion-series";

export interface Band<L extends string> {
  start: number;
  end: number;
  label: L;
}

export type ExpressionBandLabel = EmotionLabel | "no-face";
export type GazeBandLabel = "contact" | "away" | "no-face";

/** One point covers 1/TIMELINE_HZ seconds from its t. */
const STEP = 1 / TIMELINE_HZ;

/**
 * Merges consecutive points with the same label into bands. Points are sorted by t; a gap longer than one step
 * between points closes the band at the last point's end (no data is not the same as the previous label).
 */
export function mergeBands<L extends string>(
  points: readonly TimelinePoint[],
  labelOf: (p: TimelinePoint) => L,
  step = STEP,
): Band<L>[] {
  const sorted = [...points].sort((a, b) => a.t - b.t);
  const bands: Band<L>[] = [];
  for (const p of sorted) {
    const label = labelOf(p);
    const prev = bands[bands.length - 1];
    if (prev && prev.label === label && p.t <= prev.end + step / 2) prev.end = p.t + step;
    else bands.push({ start: p.t, end: p.t + step, label });
  }
  return bands;
}

/** A point counts as showing a face when at least half of its frames had one. */
const hasFace = (p: TimelinePoint) => p.face >= 0.5;

export function expressionBands(points: readonly TimelinePoint[]): Band<ExpressionBandLabel>[] {
  return mergeBands(points, (p) => (hasFace(p) ? (dominantEmotion(p.emotions) ?? "no-face") : "no-face"));
}

/** Eye contact when most face frames in the step had it. Unknown gaze with a face counts as no data. */
export function gazeBands(points: readonly TimelinePoint[]): Band<GazeBandLabel>[] {
  return mergeBands(points, (p): GazeBandLabel => {
    if (!hasFace(p) || p.eyeContact === null) return "no-face";
    return p.eyeContact >= 0.5 ? "contact" : "away";
  });
}

/** Total seconds per label, for the text alternative of a band track. */
export function bandTotals<L extends string>(bands: readonly Band<L>[]): Map<L, number> {
  const totals = new Map<L, number>();
  for (const b of bands) totals.set(b.label, (totals.get(b.label) ?? 0) + (b.end - b.start));
  return totals;
}

/** The band under time t, or null. */
export function bandAt<L extends string>(bands: readonly Band<L>[], t: number): Band<L> | null {
  return bands.find((b) => t >= b.start && t < b.end) ?? null;
}

/** Vocal-expression bands: each classified window labelled with its most likely class; touching windows with the same label merge. */
export function vocalBands(vocal: VocalExpression | null | undefined): Band<VocalClass>[] {
  const bands: Band<VocalClass>[] = [];
  for (const w of vocal?.windows ?? []) {
    const label = VOCAL_CLASSES.reduce((a, b) => (w.probabilities[b] > w.probabilities[a] ? b : a));
    const prev = bands[bands.length - 1];
    if (prev && prev.label === label && w.start - prev.end < 0.05) prev.end = w.end;
    else bands.push({ start: w.start, end: w.end, label });
  }
  return bands;
}
