/**
 * Thinking time: the pause before the first word, and where the eyes went during it. Pure.
 * Reported, not punished: a 1-4 s pause before answering is normal and often helps (answers after
 * a short pause are rated as more considered; gaze aversion while retrieving an answer reduces
 * cognitive load - Glenberg, Schroeder & Robertson 1998; Doherty-Sneddon & Phelps 2005, Memory &
 * Cognition 33). Only a long silence lowers the value, gently, with a floor.
 *
 * Formula: t = seconds from the start of the recording to the first word.
 *   value = 100                         for t <= 4 s
 *         = 100 - 60 * (t - 4) / 8      for 4 < t < 12 s
 *         = 40                          for t >= 12 s (floor: a long think is not a failure)
 * Looking away that starts before the first word (+1 s) is listed by direction; it never changes
 * the value. Thinking time does not need 10 s of speech (it is about the start), but a short answer
 * lowers its reliability to "low".
 */
import type { SpeechAnalysis } from "@/lib/speech/schema";
import type { VisionSummary } from "@/lib/vision/schemas";
import { faceEvidence, MIN_SECONDS } from "./evidence";
import { insufficient, round, toScore, type ReliabilityLevel, type ScoreInput, type ScoreResult } from "./types";

export const THINKING_TIME = {
  normalMinSec: 1,
  normalMaxSec: 4,
  floorAtSec: 12,
  floor: 40,
  /** Look-away episodes starting up to this long after the first word still count as "at the start". */
  startSlackSec: 1,
} as const;

export function thinkingTimeValue(t: number): number {
  const T = THINKING_TIME;
  if (t <= T.normalMaxSec) return 100;
  if (t >= T.floorAtSec) return T.floor;
  return 100 - ((100 - T.floor) * (t - T.normalMaxSec)) / (T.floorAtSec - T.normalMaxSec);
}

export function startLookAway(vision: VisionSummary | null, firstWordSec: number) {
  // With the face rarely in view, "looking away" would only restate that the face was missing.
  if (!vision || faceEvidence(vision).level === "insufficient") return { count: 0, totalSec: 0, direction: null as string | null };
  const cutoffMs = (firstWordSec + THINKING_TIME.startSlackSec) * 1000;
  const early = vision.lookingAway.episodes.filter((e) => e.startMs < cutoffMs);
  const byDir = new Map<string, number>();
  for (const e of early) byDir.set(e.direction, (byDir.get(e.direction) ?? 0) + e.durationMs);
  const direction = [...byDir.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return { count: early.length, totalSec: early.reduce((s, e) => s + e.durationMs, 0) / 1000, direction };
}

export function thinkingTimeScore(speech: SpeechAnalysis | null, vision: VisionSummary | null): ScoreResult {
  if (!speech) return insufficient(["No speech analysis for this answer."]);
  if (speech.pace.wordCount === 0) return insufficient(["No words were detected, so there is no first word to time."]);
  const t = speech.pauses.timeToFirstWordSec;
  const look = startLookAway(vision, t);
  const inputs: ScoreInput[] = [
    { name: "Pause before the first word", value: round(t, 1), unit: "s" },
    { name: "Looking-away episodes before speaking", value: vision ? look.count : null, unit: "times" },
    { name: "Time looking away before speaking", value: vision ? round(look.totalSec, 1) : null, unit: "s" },
  ];
  const T = THINKING_TIME;
  const observations = [
    t < T.normalMinSec
      ? `You started speaking ${round(t, 1)} s after the recording began.`
      : t <= T.normalMaxSec
        ? `You paused ${round(t, 1)} s before your first word, inside the usual 1-4 s.`
        : `You paused ${round(t, 1)} s before your first word; 1-4 s is usual, longer is fine when you need it.`,
  ];
  if (look.count > 0 && look.direction) {
    observations.push(
      `While gathering your thoughts you looked ${look.direction === "face-not-visible" ? "out of the camera's view" : look.direction} for ${round(look.totalSec, 1)} s (common while recalling; not scored).`,
    );
  }
  const reasons = ["Measured from the start of the recording to the first detected word."];
  let level: ReliabilityLevel = speech.wordTimings.method === "forced-alignment" ? "high" : "medium";
  if (level === "medium") reasons.push("Word times were estimated rather than aligned.");
  if (speech.pace.speakingTimeSec < MIN_SECONDS) {
    level = "low";
    reasons.push(`Short answer (${round(speech.pace.speakingTimeSec, 1)} s of speech).`);
  }
  return { value: toScore(thinkingTimeValue(t)), inputs, reliability: { level, reasons }, observations };
}
