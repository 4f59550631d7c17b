// Pitch and loudness variety against the documented thresholds (pure, browser-safe).
import type { SpeechAnalysis } from "@/lib/speech/schema";

type Voice = SpeechAnalysis["voice"];

export interface VarietyMeter {
  id: "pitch" | "loudness";
  label: string;
  value: number;
  unit: string;
  threshold: number;
  /** Scale maximum: the larger of twice the threshold and the value, so the threshold sits mid-scale. */
  max: number;
  /** True when below the threshold (monotone pitch / flat loudness); false when unreliable. */
  low: boolean;
  reliable: boolean;
}

export function varietyMeters(voice: Voice): VarietyMeter[] {
  const reliable = voice.reliable;
  const make = (id: VarietyMeter["id"], label: string, value: number, unit: string, threshold: number, low: boolean): VarietyMeter => ({
    id,
    label,
    value,
    unit,
    threshold,
    max: Math.max(threshold * 2, value * 1.1),
    low: reliable && low,
    reliable,
  });
  return [
    make("pitch", "Pitch variety", voice.variabilitySemitones, "st", voice.thresholds.monotoneSemitoneSd, voice.monotone),
    make("loudness", "Loudness variety", voice.loudnessVariabilityDb, "dB", voice.thresholds.flatLoudnessDb, voice.flatLoudness),
  ];
}

/** One sentence per meter for screen readers and the visible caption. */
export function meterSentence(m: VarietyMeter): string {
  const v = `${m.value.toFixed(1)} ${m.unit}`;
  if (!m.reliable) return `${m.label}: ${v} (too little voiced speech to judge).`;
  return m.low
    ? `${m.label}: ${v}, below the ${m.threshold} ${m.unit} line where delivery tends to sound flat.`
    : `${m.label}: ${v}, above the ${m.threshold} ${m.unit} flatness line.`;
}
