/**
 * Attentiveness: how much of the answer the candidate's gaze was on the screen/camera. Pure.
 *
 * Formula (0..100):
 *   contact  = min(1, eyeContactShare / 0.60)             -- full marks from 60 % eye contact
 *   excess   = max(0, lookAwayEpisodesPerMinute - 4)
 *   value    = 100 * contact - min(20, 5 * excess)
 *
 * Why 60 %: speakers look at their listener far less than listeners do - about 40 % of speaking
 * time versus ~75 % of listening time in face-to-face conversation (Argyle & Cook 1976, "Gaze and
 * Mutual Gaze"; Kendon 1967, Acta Psychologica 26). Looking away while formulating an answer
 * lowers cognitive load and is normal (Glenberg, Schroeder & Robertson 1998, Memory & Cognition
 * 26). 60 % is a generous interview target above the conversational speaker norm, not a verdict.
 * Episodes are only counted from 1 s (MIN_LOOK_AWAY_MS upstream); up to 4 per minute are free,
 * a heuristic for "glances while thinking". Face-not-visible episodes count as looking away.
 */
import type { VisionSummary } from "@/lib/vision/schemas";
import { gazeEvidence } from "./evidence";
import { insufficient, pct, round, toScore, type ScoreResult } from "./types";

export const ATTENTIVENESS = {
  fullContactShare: 0.6,
  freeEpisodesPerMinute: 4,
  pointsPerExtraEpisode: 5,
  maxEpisodePenalty: 20,
} as const;

/** The direction the candidate looked away most (by total time), or null if never. */
export function mainLookAwayDirection(vision: VisionSummary): string | null {
  const byDirection = new Map<string, number>();
  for (const e of vision.lookingAway.episodes) byDirection.set(e.direction, (byDirection.get(e.direction) ?? 0) + e.durationMs);
  let best: string | null = null;
  let bestMs = 0;
  for (const [d, ms] of byDirection) if (ms > bestMs) [best, bestMs] = [d, ms];
  return best;
}

export function attentivenessScore(vision: VisionSummary | null): ScoreResult {
  const evidence = gazeEvidence(vision);
  if (!vision || evidence.level === "insufficient") return insufficient(evidence.reasons);
  const durationSec = vision.durationMs / 1000;
  const minutes = durationSec / 60;
  const awaySec = vision.lookingAway.totalMs / 1000;
  const perMinute = minutes > 0 ? vision.lookingAway.count / minutes : 0;
  const inputs = [
    { name: "Eye contact", value: vision.eyeContactShare === null ? null : round(vision.eyeContactShare * 100, 0), unit: "% of face-visible time" },
    { name: "Looking-away episodes", value: vision.lookingAway.count, unit: "times (each 1 s or longer)" },
    { name: "Time looking away", value: round(awaySec, 1), unit: "s" },
    { name: "Looking-away episodes per minute", value: round(perMinute, 1), unit: "per min" },
    { name: "Face visible", value: round(vision.faceVisibleShare * 100, 0), unit: "%" },
  ];
  if (vision.eyeContactShare === null) return insufficient([...evidence.reasons, "Eye contact could not be measured."], inputs);

  const contact = Math.min(1, vision.eyeContactShare / ATTENTIVENESS.fullContactShare);
  const extra = Math.max(0, perMinute - ATTENTIVENESS.freeEpisodesPerMinute);
  const penalty = Math.min(ATTENTIVENESS.maxEpisodePenalty, ATTENTIVENESS.pointsPerExtraEpisode * extra);
  const value = toScore(100 * contact - penalty);

  const observations = [`Eye contact for ${pct(vision.eyeContactShare)} of the time your face was visible.`];
  if (vision.lookingAway.count > 0) {
    const direction = mainLookAwayDirection(vision);
    observations.push(
      `Looked away ${vision.lookingAway.count} time${vision.lookingAway.count === 1 ? "" : "s"} for ${round(awaySec, 0)} of ${round(durationSec, 0)} s` +
        (direction ? `, mostly ${direction === "face-not-visible" ? "out of the camera's view" : direction}.` : "."),
    );
  } else {
    observations.push("No looking-away episode of 1 s or longer.");
  }
  return { value, inputs, reliability: evidence, observations };
}
