/**
 * How much data an answer gave us, turned into a reliability level with reasons the user can read.
 * Every score starts from one of these, so "how sure is this number" is decided in one place. Pure.
 */
import type { SpeechSummary } from "@/lib/speech/schema";
import type { VisionSummary } from "@/lib/vision/schemas";
import { pct, round, weakest, type ReliabilityLevel } from "./types";

/** Face-based scores need the face in view for at least half of the answer... */
export const MIN_FACE_SHARE = 0.5;
/** ...and for at least 10 s in total, and speech-based scores need 10 s of speech. */
export const MIN_SECONDS = 10;

export interface Evidence {
  level: ReliabilityLevel;
  reasons: string[];
}

export function faceEvidence(vision: VisionSummary | null): Evidence {
  if (!vision) return { level: "insufficient", reasons: ["No camera data for this answer."] };
  const durationSec = vision.durationMs / 1000;
  const faceSec = vision.faceVisibleShare * durationSec;
  const seen = `Face visible ${pct(vision.faceVisibleShare)} of ${round(durationSec, 0)} s.`;
  if (vision.faceVisibleShare < MIN_FACE_SHARE) {
    return { level: "insufficient", reasons: [`${seen} Face-based scores need at least ${pct(MIN_FACE_SHARE)}.`] };
  }
  if (faceSec < MIN_SECONDS) {
    return { level: "insufficient", reasons: [`Face seen for ${round(faceSec, 1)} s; face-based scores need ${MIN_SECONDS} s.`] };
  }
  // Bands chosen so "high" means most of a typical 30 s+ answer was seen (heuristic, not from literature).
  const level: ReliabilityLevel =
    vision.faceVisibleShare >= 0.85 && faceSec >= 30 ? "high" : vision.faceVisibleShare >= 0.7 && faceSec >= 20 ? "medium" : "low";
  return { level, reasons: [seen] };
}

/** Gaze adds one caveat: without per-user calibration, directions are approximate. */
export function gazeEvidence(vision: VisionSummary | null): Evidence {
  const face = faceEvidence(vision);
  if (face.level === "insufficient" || !vision || vision.calibrationUsed) return face;
  return {
    level: weakest(face.level, "medium"),
    reasons: [...face.reasons, "Gaze was not calibrated for this session, so eye contact is approximate."],
  };
}

export function speechEvidence(speech: SpeechSummary | null): Evidence {
  if (!speech) return { level: "insufficient", reasons: ["No speech analysis for this answer."] };
  const spoken = speech.pace.speakingTimeSec;
  const heard = `${round(spoken, 0)} s of speech, ${speech.pace.wordCount} words.`;
  if (spoken < MIN_SECONDS) {
    return { level: "insufficient", reasons: [`Only ${round(spoken, 1)} s of speech; speech-based scores need ${MIN_SECONDS} s.`] };
  }
  let level: ReliabilityLevel = spoken >= 30 && speech.pace.wordCount >= 60 ? "high" : spoken >= 20 ? "medium" : "low";
  const reasons = [heard];
  if (speech.wordTimings.method !== "forced-alignment") {
    level = weakest(level, "medium");
    reasons.push("Some word times were estimated rather than aligned.");
  }
  return { level, reasons };
}

/** Pitch and loudness need enough voiced frames on top of enough speech. */
export function voiceEvidence(speech: SpeechSummary | null): Evidence {
  const base = speechEvidence(speech);
  if (base.level === "insufficient" || !speech) return base;
  if (!speech.voice.reliable) {
    return { level: "insufficient", reasons: [...base.reasons, "Too few voiced frames to measure pitch reliably."] };
  }
  return base;
}

/**
 * Vocal expression needs 10 s of classified speech (the same floor as the other speech figures), i.e. four or
 * more 2-3 s windows, so one odd window cannot decide an answer's distribution.
 */
export function vocalExpressionEvidence(speech: SpeechSummary | null): Evidence {
  const v = speech?.vocalExpression;
  if (!v) return { level: "insufficient", reasons: ["No vocal-expression analysis for this answer."] };
  const heard = `${round(v.voicedSec, 0)} s of speech in ${v.windows.length} windows.`;
  if (v.voicedSec < MIN_SECONDS) {
    return { level: "insufficient", reasons: [`Only ${round(v.voicedSec, 1)} s of speech long enough to classify; vocal expression needs ${MIN_SECONDS} s.`] };
  }
  // Never "high": the model was trained on acted speech (see the model card), not interview answers.
  return { level: v.voicedSec >= 30 ? "medium" : "low", reasons: [heard, "The vocal-expression model learned from actors, not interviews."] };
}

/** Combine the evidence of the parts that were actually used. */
export function combineEvidence(parts: Evidence[]): Evidence {
  const used = parts.filter((p) => p.level !== "insufficient");
  if (used.length === 0) return { level: "insufficient", reasons: [...new Set(parts.flatMap((p) => p.reasons))] };
  return { level: weakest(...used.map((p) => p.level)), reasons: [...new Set(parts.flatMap((p) => p.reasons))] };
}
