// The eye-region figures the vision engine measures (blinks, eye openness, brow raise, squint), named by what
// moved (FACS-style), never as emotions; withheld by the same face-evidence rule as the other face figures.
// Pure, browser-safe.
import { faceEvidence } from "@/lib/scoring/evidence";
import type { TimelinePoint, VisionSummary } from "@/lib/vision/schemas";
import { mergeBands, type Band } from "./timeline-bands";

/** Step openness at or above this counts as "eyes widened" (landmark openness maps typical open eyes to 0.8-0.95). */
export const WIDENED_OPENNESS = 0.97;
/** Step openness below this counts as "eyes closed" (a blink or a long lid closure averaged over the 0.25-s step). */
export const CLOSED_OPENNESS = 0.35;

export interface EyeRegionFigure {
  id: "blink-rate" | "eye-openness" | "eyes-widened" | "brows-raised" | "squint";
  name: string;
  value: string;
  /** One line: what moved, in plain words. */
  explanation: string;
}

export type EyeRegionReport =
  | { status: "not-measured"; reason: string }
  | { status: "withheld"; reason: string }
  | { status: "measured"; figures: EyeRegionFigure[] };

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Share of face-visible steps whose mean openness reached WIDENED_OPENNESS; null without openness data. */
export function widenedShare(timeline: readonly TimelinePoint[]): number | null {
  const seen = timeline.filter((p) => p.face >= 0.5 && p.eyeOpenness !== null);
  if (seen.length === 0) return null;
  return seen.filter((p) => p.eyeOpenness! >= WIDENED_OPENNESS).length / seen.length;
}

export function eyeRegionReport(vision: VisionSummary | null, timeline: readonly TimelinePoint[]): EyeRegionReport {
  if (!vision) return { status: "not-measured", reason: "Not measured: there is no camera data for this answer (microphone only, or a video that was not analysed)." };
  const evidence = faceEvidence(vision);
  if (evidence.level === "insufficient") return { status: "withheld", reason: `Not measured: ${evidence.reasons.join(" ")}` };
  const { blinks, eyeRegion } = vision;
  const figures: EyeRegionFigure[] = [];
  if (blinks.ratePerMinute !== null) {
    figures.push({
      id: "blink-rate",
      name: "Blink rate",
      value: `${Math.round(blinks.ratePerMinute)} / min`,
      explanation: `${blinks.count} blinks while the face was in view; people at rest blink about 15-20 times a minute.`,
    });
  }
  if (eyeRegion.meanOpenness !== null) {
    figures.push({ id: "eye-openness", name: "Eye openness", value: pct(eyeRegion.meanOpenness), explanation: "How far the lids were apart on average (100% = wide open)." });
  }
  const widened = widenedShare(timeline);
  if (widened !== null) {
    figures.push({ id: "eyes-widened", name: "Eyes widened", value: pct(widened), explanation: "Share of face-visible time with the upper lids raised more than usual." });
  }
  if (eyeRegion.meanBrowRaise !== null) {
    figures.push({ id: "brows-raised", name: "Brows raised", value: pct(eyeRegion.meanBrowRaise), explanation: "How high the brows sat above the eyes on average (0% = relaxed)." });
  }
  if (eyeRegion.meanSquint !== null) {
    figures.push({ id: "squint", name: "Squint", value: pct(eyeRegion.meanSquint), explanation: "How much the lids narrowed on average (0% = none)." });
  }
  if (figures.length === 0) return { status: "withheld", reason: "Not measured: the engine reported no eye-region data for this answer." };
  return { status: "measured", figures };
}

/** A step's brow raise or squint (0..1) at or above this is shown on the timeline. */
export const MOVEMENT_SHOWN = 0.5;

export type EyeBandLabel = "closed" | "squint" | "widened" | "brows-raised" | "open" | "no-face";

/**
 * Eye-region bands for the timeline, one label per step in this order: eyes closed, squint, eyes widened,
 * brows raised, else open (no notable movement); no face / no data where the face was not seen.
 */
export function eyeBands(timeline: readonly TimelinePoint[]): Band<EyeBandLabel>[] {
  return mergeBands(timeline, (p): EyeBandLabel => {
    if (p.face < 0.5 || p.eyeOpenness === null) return "no-face";
    if (p.eyeOpenness < CLOSED_OPENNESS) return "closed";
    if ((p.squint ?? 0) >= MOVEMENT_SHOWN) return "squint";
    if (p.eyeOpenness >= WIDENED_OPENNESS) return "widened";
    return (p.browRaise ?? 0) >= MOVEMENT_SHOWN ? "brows-raised" : "open";
  });
}
