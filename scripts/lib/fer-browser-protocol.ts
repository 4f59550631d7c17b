/** What eval-fer sends to, and gets back from, its Chromium latency page. */
import type { EmotionMember } from "@/lib/vision/model-registry";

export interface FerLatencyRequest {
  members: EmotionMember[];
  scales: number[];
  /** Face crops (FER2013 images are already crops), pixels row by row, channels interleaved. */
  faces: { width: number; height: number; channels: 1 | 3 | 4; pixels: number[] }[];
}

export interface FerLatencyResult {
  latenciesMs: number[];
  backend: string;
  userAgent: string;
}
