/**
 * Engagement: how much the face and the voice varied while answering. Pure. "Expressive" and
 * "varied" describe the signal (model probabilities, pitch statistics), not the person's interest.
 *
 * Facial expressiveness (weight 0.5), from the answer's mean expression probabilities:
 *   nonNeutral = 1 - p(neutral);  amount = ramp(nonNeutral, 0.05 -> 0, 0.35 -> 1)
 *   variety    = entropy of the six non-neutral classes renormalised, divided by ln 6 (0..1)
 *   face       = 100 * amount * (0.7 + 0.3 * variety)
 *   (heuristic: the FER2013 model reads most interview frames as neutral; 35 % non-neutral is a
 *   clearly animated answer. Variety rewards more than one kind of expression, e.g. smile + surprise.)
 * Vocal variety (weight 0.5), from pitch and loudness:
 *   pitch    = ramp(pitch SD in semitones, 1.0 -> 0, 3.5 -> 1). Speakers heard as monotone sit near
 *              or below ~1.7 semitones (pitch variation quotient ~0.10, Hincks 2005); lively
 *              speakers 3-4 semitones and above.
 *   loudness = ramp(loudness SD in dB, 2 -> 0, 6 -> 1) (under 3 dB sounds flat; upstream threshold).
 *   vocal    = 100 * (0.7 * pitch + 0.3 * loudness)
 */
import type { SpeechAnalysis } from "@/lib/speech/schema";
import type { VisionSummary } from "@/lib/vision/schemas";
import { combineEvidence, faceEvidence, voiceEvidence } from "./evidence";
import { insufficient, pct, ramp, round, toScore, weightedMean, type ScoreInput, type ScoreResult } from "./types";

export const ENGAGEMENT = {
  weights: { face: 0.5, voice: 0.5 },
  nonNeutral: { none: 0.05, full: 0.35 },
  pitchSemitones: { none: 1.0, full: 3.5 },
  loudnessDb: { none: 2, full: 6 },
} as const;

const NON_NEUTRAL = ["angry", "disgust", "fear", "happy", "sad", "surprise"] as const;

export interface FacialExpressiveness {
  nonNeutral: number;
  /** 0..1 normalised entropy of the non-neutral classes. */
  variety: number;
  /** 0..1 combined, as used in the score. */
  level: number;
  mostCommon: string | null;
}

/** Null when the face evidence is insufficient or no expression was measured. */
export function facialExpressiveness(vision: VisionSummary | null): FacialExpressiveness | null {
  if (!vision?.emotionDistribution || faceEvidence(vision).level === "insufficient") return null;
  const dist = vision.emotionDistribution;
  const nonNeutral = Math.max(0, Math.min(1, 1 - dist.neutral));
  const mass = NON_NEUTRAL.reduce((s, k) => s + dist[k], 0);
  let entropy = 0;
  let mostCommon: string | null = null;
  let best = 0;
  for (const k of NON_NEUTRAL) {
    const p = mass > 0 ? dist[k] / mass : 0;
    if (p > 0) entropy -= p * Math.log(p);
    if (dist[k] > best) [best, mostCommon] = [dist[k], k];
  }
  const variety = mass > 0 ? entropy / Math.log(NON_NEUTRAL.length) : 0;
  const amount = ramp(nonNeutral, ENGAGEMENT.nonNeutral.none, ENGAGEMENT.nonNeutral.full);
  return { nonNeutral, variety, level: amount * (0.7 + 0.3 * variety), mostCommon };
}

export interface VocalVariety {
  semitones: number;
  loudnessDb: number;
  monotone: boolean;
  /** 0..1 combined, as used in the score. */
  level: number;
}

export function vocalVariety(speech: SpeechAnalysis | null): VocalVariety | null {
  if (!speech || voiceEvidence(speech).level === "insufficient") return null;
  const { variabilitySemitones, loudnessVariabilityDb, monotone } = speech.voice;
  const pitch = ramp(variabilitySemitones, ENGAGEMENT.pitchSemitones.none, ENGAGEMENT.pitchSemitones.full);
  const loud = ramp(loudnessVariabilityDb, ENGAGEMENT.loudnessDb.none, ENGAGEMENT.loudnessDb.full);
  return { semitones: variabilitySemitones, loudnessDb: loudnessVariabilityDb, monotone, level: 0.7 * pitch + 0.3 * loud };
}

export function engagementScore(speech: SpeechAnalysis | null, vision: VisionSummary | null): ScoreResult {
  const face = facialExpressiveness(vision);
  const voice = vocalVariety(speech);
  const inputs: ScoreInput[] = [];
  const observations: string[] = [];
  if (face) {
    inputs.push(
      { name: "Non-neutral expression", value: round(face.nonNeutral * 100, 0), unit: "% (the model's average estimate)" },
      { name: "Expression variety", value: round(face.variety, 2), unit: "on a 0-1 scale (0: one expression throughout, 1: all seven equally)" },
    );
    observations.push(
      `The expression model read ${pct(face.nonNeutral)} of your face-visible time as non-neutral` +
        (face.mostCommon && face.nonNeutral >= ENGAGEMENT.nonNeutral.none ? `, most often ${face.mostCommon}.` : "."),
    );
  }
  if (voice) {
    inputs.push(
      { name: "Pitch variation", value: round(voice.semitones, 1), unit: "semitones, typical swing (12 semitones make an octave)" },
      { name: "Loudness variation", value: round(voice.loudnessDb, 1), unit: "dB, typical swing in loudness" },
    );
    observations.push(
      voice.monotone
        ? `Your pitch varied by ${round(voice.semitones, 1)} semitones, within the range listeners hear as monotone.`
        : `Your pitch varied by ${round(voice.semitones, 1)} semitones.`,
    );
  }
  const evidence = combineEvidence([faceEvidence(vision), voiceEvidence(speech)]);
  const value = weightedMean([
    { score: face ? 100 * face.level : null, weight: ENGAGEMENT.weights.face },
    { score: voice ? 100 * voice.level : null, weight: ENGAGEMENT.weights.voice },
  ]);
  if (value === null) return insufficient(evidence.reasons, inputs, observations);
  return { value: toScore(value), inputs, reliability: evidence, observations };
}
