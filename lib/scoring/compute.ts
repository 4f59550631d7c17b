/**
 * All composite scores of one answer, as stored in Answer.scores (with SCORING_VERSION in
 * Answer.scoringVersion). Pure: the caller loads and validates the inputs (speechAnalysisSchema,
 * visionSummarySchema, timelinePointSchema) and passes null for what an answer lacks.
 */
import type { SpeechAnalysis } from "@/lib/speech/schema";
import type { TimelinePoint, VisionSummary } from "@/lib/vision/schemas";
import { attentivenessScore } from "./attentiveness";
import { composureScore } from "./composure";
import { engagementScore } from "./engagement";
import { signalMismatchScore } from "./signal-mismatch";
import { thinkingTimeScore } from "./thinking-time";
import { SCORING_VERSION, type AnswerScores } from "./types";

export interface ScoreOptions {
  /** The stored vision timeline (Answer.visionTimeline); composure's expression part needs it. */
  timeline?: readonly TimelinePoint[] | null;
}

export function computeAnswerScores(
  speech: SpeechAnalysis | null,
  vision: VisionSummary | null,
  options: ScoreOptions = {},
): AnswerScores {
  return {
    version: SCORING_VERSION,
    attentiveness: attentivenessScore(vision),
    composure: composureScore(speech, vision, options.timeline ?? null),
    engagement: engagementScore(speech, vision),
    thinkingTime: thinkingTimeScore(speech, vision),
    signalMismatch: signalMismatchScore(speech, vision),
  };
}
