/**
 * "Signals disagreed": how far the face's expressiveness and the voice's variety diverged. Pure.
 * Higher = the two channels disagreed more (e.g. a lively face with a flat voice, or the reverse).
 * This is a description of two measurements, not a statement about honesty or feeling: expression
 * and voice routinely diverge (camera angle, accent, tiredness, a model's error), so the
 * observations only name which channel was livelier.
 *
 * With vocal expression (speech.vocalExpression, enough classified speech): the two channels' expression
 * distributions are compared directly, calm counted as neutral: value = 100 * total variation distance
 * (half the summed absolute differences, 0 = read alike, 100 = no overlap).
 * Without it: face = facialExpressiveness().level (0..1), voice = vocalVariety().level (0..1), both as
 * in engagement.ts; value = 100 * |face - voice|.
 * Either way, differences of 0.4 or more get an observation (heuristic). Needs both channels' evidence.
 */
import type { SpeechAnalysis } from "@/lib/speech/schema";
import type { VisionSummary } from "@/lib/vision/schemas";
import { MERGED_CLASSES, toMerged, VOCAL_CLASSES, type MergedClass } from "@/lib/speech/vocal-expression/classes";
import { EMOTION_LABELS, type EmotionLabel } from "@/lib/vision/constants";
import { combineEvidence, faceEvidence, vocalExpressionEvidence, voiceEvidence } from "./evidence";
import { facialExpressiveness, vocalVariety } from "./engagement";
import { insufficient, round, toScore, type ScoreResult } from "./types";

export const SIGNAL_MISMATCH = { noteworthyGap: 0.4 } as const;

/** The face model's label for each merged vocal class. */
const FACE_LABEL: Record<MergedClass, EmotionLabel> = {
  neutral: "neutral",
  happy: "happy",
  sad: "sad",
  angry: "angry",
  fearful: "fear",
  disgust: "disgust",
  surprised: "surprise",
};

const topOf = (d: Record<EmotionLabel, number>) => EMOTION_LABELS.reduce((a, b) => (d[b] > d[a] ? b : a));

/** Face vs voice expression distributions (both with enough evidence), or null to fall back to liveliness. */
function expressionMismatch(speech: SpeechAnalysis | null, vision: VisionSummary | null): ScoreResult | null {
  const vocal = speech?.vocalExpression;
  const faceDist = vision?.emotionDistribution;
  const faceEv = faceEvidence(vision);
  const vocalEv = vocalExpressionEvidence(speech ?? null);
  if (!vocal || !faceDist || faceEv.level === "insufficient" || vocalEv.level === "insufficient") return null;
  const voiceDist = Object.fromEntries(EMOTION_LABELS.map((l) => [l, 0])) as Record<EmotionLabel, number>;
  for (const c of VOCAL_CLASSES) voiceDist[FACE_LABEL[toMerged(c)]] += vocal.distribution[c];
  const distance = EMOTION_LABELS.reduce((a, l) => a + Math.abs(faceDist[l] - voiceDist[l]), 0) / 2;
  const [faceTop, voiceTop] = [topOf(faceDist), topOf(voiceDist)];
  const voiceName = MERGED_CLASSES.find((m) => FACE_LABEL[m] === voiceTop) ?? voiceTop;
  const observations =
    distance >= SIGNAL_MISMATCH.noteworthyGap
      ? [`Signals disagreed: the face most often showed ${faceTop} while the voice most often sounded ${voiceName}. Models of either channel can be wrong; this compares two readings.`]
      : [`Your facial expression and the sound of your voice were read alike (face mostly ${faceTop}, voice mostly ${voiceName}).`];
  return {
    value: toScore(100 * distance),
    inputs: [
      { name: "Difference between the face's and the voice's expression readings", value: round(distance * 100, 0), unit: "out of 100" },
      { name: "Face: share read as neutral", value: round(faceDist.neutral * 100, 0), unit: "% of face-visible time" },
      { name: "Voice: share that sounded neutral or calm", value: round(voiceDist.neutral * 100, 0), unit: "% of classified speech" },
    ],
    reliability: combineEvidence([faceEv, vocalEv]),
    observations,
  };
}

export function signalMismatchScore(speech: SpeechAnalysis | null, vision: VisionSummary | null): ScoreResult {
  const byExpression = expressionMismatch(speech, vision);
  if (byExpression) return byExpression;
  const faceEv = faceEvidence(vision);
  const voiceEv = voiceEvidence(speech);
  const face = facialExpressiveness(vision);
  const voice = vocalVariety(speech);
  const reasons = [...faceEv.reasons, ...voiceEv.reasons];
  if (!face || !voice) return insufficient([...reasons, "Both a visible face and a measurable voice are needed to compare them."]);
  const gap = face.level - voice.level;
  const inputs = [
    { name: "Facial expressiveness", value: round(face.level * 100, 0), unit: "out of 100" },
    { name: "Vocal variety", value: round(voice.level * 100, 0), unit: "out of 100" },
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
