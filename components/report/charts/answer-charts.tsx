import { vocalExpressionEvidence } from "@/lib/scoring/evidence";
import type { SpeechAnalysis } from "@/lib/speech/schema";
import { recordedVocalModel } from "@/lib/speech/vocal-expression/recorded";
import type { TimelinePoint, VisionSummary } from "@/lib/vision/schemas";
import { EmotionDistributionChart, type EmotionCohort } from "./emotion-distribution-chart";
import { ExpressionOverTimeChart } from "./expression-over-time-chart";
import { GazeHeatmap } from "./gaze-heatmap";
import { PaceChart } from "./pace-chart";
import { VocalExpressionChart, type VocalCohort } from "./vocal-expression-chart";
import { VoiceVarietyChart } from "./voice-variety-chart";

export interface AnswerChartsProps {
  speech: SpeechAnalysis | null;
  vision: VisionSummary | null;
  timeline: TimelinePoint[];
  durationSec?: number | null;
  calibrated?: boolean;
  /** undefined hides the cohort comparison; null shows "not enough data yet". */
  cohort?: EmotionCohort | null;
  /** The same for vocal expression. */
  vocalCohort?: VocalCohort | null;
}

/**
 * All per-answer charts in a responsive grid, each shown only when its data exists. Server-renderable:
 * the recharts pieces are client components of their own, and every prop here is plain data.
 */
export function AnswerCharts({ speech, vision, timeline, durationSec, calibrated, cohort, vocalCohort }: AnswerChartsProps) {
  if (!speech && !vision) return null;
  const duration = durationSec ?? speech?.durationSec ?? (vision ? vision.durationMs / 1000 : 0);
  return (
    <div className="grid gap-6 md:grid-cols-2" data-testid="answer-charts">
      {speech && <PaceChart pace={speech.pace} durationSec={duration} />}
      {speech && <VoiceVarietyChart voice={speech.voice} />}
      {speech && speech.vocalExpression !== undefined && (
        <VocalExpressionChart
          vocal={speech.vocalExpression}
          withheld={vocalExpressionEvidence(speech).level === "insufficient" ? vocalExpressionEvidence(speech).reasons.join(" ") : null}
          accuracy={recordedVocalModel().crossValidation.eightClass.accuracy}
          cohort={vocalCohort}
        />
      )}
      {vision && (
        <EmotionDistributionChart
          distribution={vision.emotionDistribution}
          faceVisibleShare={vision.faceVisibleShare}
          framesAnalysed={vision.framesAnalysed}
          cohort={cohort}
        />
      )}
      {vision && timeline.length > 0 && <ExpressionOverTimeChart timeline={timeline} durationSec={duration} />}
      {vision && <GazeHeatmap vision={vision} calibrated={calibrated} />}
    </div>
  );
}
