/**
 * "Signals disagreed": how far the face's expressiveness and the voice's variety diverged. Pure.
 * Higher = the two channels disagreed more (e.g. a lively face with a flat voice, or the reverse).
 * This is a description of two measurements, not a statement about honesty or feeling: expression
 * and voice routinely diverge (camera angle, accent, tiredness, a model's error), so the
 * observations only name which channel was livelier.
 *
 * Formula: face = facialExpressiveness().level (0..1), voice = vocalVariety().level (0..1), both as
 * in engagement.ts; value = 100 * |face - voice|. Differences of 0.4 or more get an observation
 * (heuristic). Needs both the face evidence and the voice evidence.
 */
import type { SpeechAnalysis } from "@/lib/speech/schema";
import type { VisionSummary } from "@/lib/vision/schemas";
import { combineEvidence, faceEvidence, voiceEvidence } from "./evidence";
import { facialExpressiveness, vocalVariety } from "./engagement";
import { insufficient, round, toScore, type ScoreResult } from "./types";

export const SIGNAL_MISMATCH = { noteworthyGap: 0.4 } as const;

export function signalMismatchScore(speech: SpeechAnalysis | null, vision: VisionSummary | null): ScoreResult {
  const faceEv = faceEvidence(vision);
  const voiceEv = voiceEvidence(speech);
  const face = facialExpressiveness(vision);
  const voice = vocalVariety(speech);
  const reasons = [...faceEv.reasons, ...voiceEv.reasons];
  if (!face || !voice) return insufficient([...reasons, "Both a visible face and a measurable voice are needed to compare them."]);
  const gap = face.level - voice.level;
  const inputs = [
    { name: "Facial expressiveness", value: round(face.level * 100, 0), unit: "0-100" },
    { name: "Vocal variety", value: round(voice.level * 100, 0), unit: "0-100" },
  ];
  const observations =
    gap >= SIGNAL_MISMATCH.noteworthyGap
      ? [`Signals disagreed: your face was more expressive than your voice (pitch varied ${round(voice.semitones, 1)} semitones).`]
      : gap <= -SIGNAL_MISMATCH.noteworthyGap
        ? [`Signals disagreed: your voice varied more (${round(voice.semitones, 1)} semitones) than your facial expression did.`]
        : ["Your facial expression and your voice were similarly lively."];
  const evidence = combineEvidence([faceEv, voiceEv]);
  return { value: toScore(100 * Math.abs(gap)), inputs, reliability: evidence, observations };
}
