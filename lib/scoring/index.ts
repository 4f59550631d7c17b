// Public API of lib/scoring (pure; safe on server and client).
export { computeAnswerScores, type ScoreOptions } from "./compute";
export { answerTips, type Tip } from "./tips";
export { attentivenessScore } from "./attentiveness";
export { composureScore } from "./composure";
export { engagementScore } from "./engagement";
export { thinkingTimeScore } from "./thinking-time";
export { signalMismatchScore } from "./signal-mismatch";
export { faceEvidence } from "./evidence";
export { fillerRate, fillerRateText } from "./filler-rate";
export {
  SCORING_VERSION,
  SCORE_IDS,
  answerScoresSchema,
  formatScoreInput,
  scoreResultSchema,
  type AnswerScores,
  type Reliability,
  type ReliabilityLevel,
  type ScoreId,
  type ScoreInput,
  type ScoreResult,
} from "./types";
