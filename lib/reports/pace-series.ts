// Pace-over-time series against the target band (pure, browser-safe).
import type { SpeechAnalysis } from "@/lib/speech/schema";

type Pace = SpeechAnalysis["pace"];
export type PaceZone = "ideal" | "acceptable" | "outside";

export interface PacePoint {
  /** Window midpoint in seconds. */
  t: number;
  start: number;
  end: number;
  wpm: number;
  zone: PaceZone;
}

export function paceZone(wpm: number, target: Pace["target"]): PaceZone {
  if (wpm >= target.idealMin && wpm <= target.idealMax) return "ideal";
  if (wpm >= target.acceptableMin && wpm <= target.acceptableMax) return "acceptable";
  return "outside";
}

export function paceSeries(pace: Pick<Pace, "windows" | "target">): PacePoint[] {
  return pace.windows.map((w) => ({
    t: (w.start + w.end) / 2,
    start: w.start,
    end: w.end,
    wpm: Math.round(w.wpm),
    zone: paceZone(w.wpm, pace.target),
  }));
}

/** Share of windows in each zone, for the summary sentence. */
export function zoneShares(points: readonly PacePoint[]): Record<PaceZone, number> {
  const out: Record<PaceZone, number> = { ideal: 0, acceptable: 0, outside: 0 };
  if (points.length === 0) return out;
  for (const p of points) out[p.zone]++;
  for (const z of Object.keys(out) as PaceZone[]) out[z] /= points.length;
  return out;
}

/** Y-axis upper bound: room above the fastest window and the acceptable band, rounded up to 20 wpm. */
export function paceAxisMax(points: readonly PacePoint[], target: Pace["target"]): number {
  const top = Math.max(target.acceptableMax + 20, ...points.map((p) => p.wpm + 10));
  return Math.ceil(top / 20) * 20;
}
