// Per-frame pitch (McLeod pitch method via pitchy, MIT) and level tracks over the speech segments.
// No "server-only": imported by the analyze CLI. CPU-only, no files or processes.
import { PitchDetector } from "pitchy";
import type { Segment } from "./words";

/** The pitch tracker needs windows of >= 1024 samples at 16 kHz to see periods down to ~60 Hz (two periods per window). */
export const PITCH_WINDOW = 1024;
/** 32 ms hop: 50% overlap, ~31 frames per second of speech. */
export const PITCH_HOP = 512;
/** Frames quieter than this (dBFS) are treated as silence and skipped: the tracker reports noise pitches there. */
const MIN_LEVEL_DB = -50;
/** MPM clarity (0-1) below which a frame is treated as unvoiced: breath and fricatives score lower. */
const MIN_CLARITY = 0.8;

export interface VoiceTracks {
  pitchHz: (number | null)[];
  levelDb: number[];
}

export function frameLevelDb(frame: Float32Array): number {
  let s = 0;
  for (let i = 0; i < frame.length; i++) s += frame[i]! * frame[i]!;
  const rms = Math.sqrt(s / Math.max(1, frame.length));
  return 20 * Math.log10(Math.max(rms, 1e-9));
}

export function extractVoiceTracks(samples: Float32Array, sampleRate: number, speech: readonly Segment[]): VoiceTracks {
  const detector = PitchDetector.forFloat32Array(PITCH_WINDOW);
  const pitchHz: (number | null)[] = [];
  const levelDb: number[] = [];
  for (const seg of speech) {
    const a = Math.floor(seg.start * sampleRate);
    const b = Math.min(samples.length, Math.floor(seg.end * sampleRate));
    for (let off = a; off + PITCH_WINDOW <= b; off += PITCH_HOP) {
      const frame = samples.subarray(off, off + PITCH_WINDOW);
      const level = frameLevelDb(frame);
      if (level < MIN_LEVEL_DB) continue;
      const [f, clarity] = detector.findPitch(frame, sampleRate);
      pitchHz.push(clarity >= MIN_CLARITY && Number.isFinite(f) && f > 0 ? f : null);
      levelDb.push(level);
    }
  }
  return { pitchHz, levelDb };
}
