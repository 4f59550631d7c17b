// Observed-expression series for charts and bands (pure, browser-safe).
// The labels are what the face showed (FER2013 classes), never a claim about what the person felt.
import { EMOTION_LABELS, type EmotionLabel } from "@/lib/vision/constants";
import type { TimelinePoint } from "@/lib/vision/schemas";

export type EmotionRow = { t: number } & Record<EmotionLabel, number | null>;

/** Label with the highest probability; null when the point has no face/expression. Ties go to the first label. */
export function dominantEmotion(probs: readonly number[] | null): EmotionLabel | null {
  if (!probs) return null;
  let best = -1;
  let label: EmotionLabel | null = null;
  EMOTION_LABELS.forEach((l, i) => {
    const p = probs[i] ?? 0;
    if (p > best) {
      best = p;
      label = l;
    }
  });
  return label;
}

/** Bucket width that keeps a chart under maxPoints points: 1 s for short answers, wider for long ones. */
export function bucketSecondsFor(durationSec: number, maxPoints = 240): number {
  return Math.max(1, Math.ceil(durationSec / maxPoints));
}

/**
 * Averages the 4 Hz points into buckets of bucketSec (face-visible points only), one row per bucket with
 * t = bucket start. A bucket with no expression data gets nulls so the chart shows a gap, not a zero.
 */
export function bucketEmotions(points: readonly TimelinePoint[], bucketSec: number): EmotionRow[] {
  if (points.length === 0 || bucketSec <= 0) return [];
  const last = Math.max(...points.map((p) => p.t));
  const n = Math.floor(last / bucketSec) + 1;
  const sums = Array.from({ length: n }, () => ({ count: 0, values: EMOTION_LABELS.map(() => 0) }));
  for (const p of points) {
    if (!p.emotions) continue;
    const b = sums[Math.min(n - 1, Math.floor(p.t / bucketSec))]!;
    b.count++;
    p.emotions.forEach((v, i) => (b.values[i]! += v));
  }
  return sums.map((b, k) => {
    const row = { t: k * bucketSec } as EmotionRow;
    EMOTION_LABELS.forEach((l, i) => (row[l] = b.count === 0 ? null : b.values[i]! / b.count));
    return row;
  });
}

/**
 * Centred moving average over `window` rows (odd; even values are rounded up). Nulls are skipped, and a row
 * that was null stays null: smoothing must not invent data across a stretch where the face was not seen.
 */
export function smoothRows(rows: readonly EmotionRow[], window: number): EmotionRow[] {
  const half = Math.floor(Math.max(1, window) / 2);
  return rows.map((row, i) => {
    const out = { t: row.t } as EmotionRow;
    for (const l of EMOTION_LABELS) {
      if (row[l] === null) {
        out[l] = null;
        continue;
      }
      let sum = 0;
      let count = 0;
      for (let j = Math.max(0, i - half); j <= Math.min(rows.length - 1, i + half); j++) {
        const v = rows[j]![l];
        if (v !== null) {
          sum += v;
          count++;
        }
      }
      out[l] = sum / count;
    }
    return out;
  });
}

/** Chart-ready series: bucketed to keep the point count bounded, then smoothed over about 3 s. */
export function emotionSeries(points: readonly TimelinePoint[], durationSec: number): EmotionRow[] {
  const bucket = bucketSecondsFor(durationSec);
  return smoothRows(bucketEmotions(points, bucket), bucket === 1 ? 3 : 1);
}

export interface DistributionEntry {
  label: EmotionLabel;
  share: number;
}

/** Distribution in EMOTION_LABELS order, normalised to sum 1 (model outputs may drift by rounding). */
export function distributionEntries(distribution: Partial<Record<EmotionLabel, number>> | null | undefined): DistributionEntry[] {
  if (!distribution) return [];
  const raw = EMOTION_LABELS.map((label) => ({ label, share: Math.max(0, distribution[label] ?? 0) }));
  const total = raw.reduce((s, e) => s + e.share, 0);
  return total > 0 ? raw.map((e) => ({ label: e.label, share: e.share / total })) : [];
}

/** Share of timeline points (4 Hz) where each label was the dominant one, over points with a face. */
export function dominantShares(points: readonly TimelinePoint[]): DistributionEntry[] {
  const counts = new Map<EmotionLabel, number>();
  let total = 0;
  for (const p of points) {
    const d = dominantEmotion(p.emotions);
    if (!d) continue;
    counts.set(d, (counts.get(d) ?? 0) + 1);
    total++;
  }
  return total === 0 ? [] : EMOTION_LABELS.map((label) => ({ label, share: (counts.get(label) ?? 0) / total }));
}
