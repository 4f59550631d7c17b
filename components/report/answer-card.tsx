import { Card } from "@/components/ui/card";
import { answerDetailsVersion } from "@/lib/reports/answer-details-version";
import { acousticFillerNote, repetitionFigure } from "@/lib/reports/disfluency-summary";
import { faceEvidence, fillerRateText } from "@/lib/scoring";
import { vocalExpressionEvidence } from "@/lib/scoring/evidence";
import { recordedVocalModel } from "@/lib/speech/vocal-expression/recorded";
import type { AnswerReport } from "@/lib/sessions/session-report";
import { browserVisionConfig } from "@/lib/vision/browser-config";
import { recordedEmotionAccuracy, type MeasuredAccuracy } from "@/lib/vision/model-registry";
import { AnswerDetailsSlot } from "./answer-details-loader";
import { AnswerStatus } from "./answer-status";
import { CoachComments } from "./coach-comments";
import { percent, seconds } from "./format";
import { gazeCalibrated as gazeCalibratedFor } from "@/lib/reports/gaze-calibrated";
import { ReplaceAnswer } from "./replace-answer";
import { RetryAnalysisButton } from "./retry-analysis-button";
import { UploadRecording } from "./upload-recording";

/** Failures that another run on the same recording may not repeat (the worker stopped, not the audio). */
const RETRYABLE_FAILURES = ["ANALYSIS_ERROR", "ANALYSIS_STOPPED", "ANALYSIS_LOST", "ANALYSIS_INTERRUPTED"];

function Figure({ label, value, note, testId }: { label: string; value: string; note?: string; testId?: string }) {
  return (
    <div data-testid={testId}>
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums">{value}</dd>
      {note && <dd className="text-xs text-muted">{note}</dd>}
    </div>
  );
}

/** The voice's most frequent reading, or why it is withheld; always says it is how the voice sounded. */
function vocalFigure(speech: NonNullable<AnswerReport["speech"]>): { value: string; note: string } {
  const evidence = vocalExpressionEvidence(speech);
  if (evidence.level === "insufficient" || !speech.vocalExpression?.dominant) return { value: "—", note: `Not measured: ${evidence.reasons.join(" ")}` };
  const accuracy = recordedVocalModel().crossValidation.eightClass.accuracy;
  return {
    value: speech.vocalExpression.dominant,
    note: `how the voice sounded, not what you felt; right on ${percent(accuracy)} of acted clips from unheard voices`,
  };
}

/** A recording can be (re)placed unless one is being uploaded or analysed right now. */
const REPLACEABLE_STATUSES = ["PENDING", "RECORDED", "FAILED", "DONE", "SKIPPED"];
/** Statuses with a recording already: replacing it asks first. (A failed one is offered a new file at once.) */
const HAS_RECORDING_STATUSES = ["RECORDED", "QUEUED", "PROCESSING", "DONE"];

/** Says what the label is (an observation) and how often the model agrees with human labellers. */
function expressionNote(accuracy: MeasuredAccuracy | null): string {
  const base = "what the face showed, not what you felt";
  return accuracy ? `${base}; the model matches human labels on ${percent(accuracy.accuracy)} of test faces` : base;
}

/**
 * One answer: status, headline figures, two or three concrete tips and the coach's comments at
 * once; the details (scores, replay, charts...) load when the viewer reaches the answer.
 */
export function AnswerCard({
  answer,
  number,
  calibrated,
  isOwner,
  canComment,
  retakeHref = null,
}: {
  answer: AnswerReport;
  number: number;
  calibrated: boolean;
  isOwner: boolean;
  /** A coach pins comments to moments of the replay. */
  canComment: boolean;
  /** Where the owner records this question again; null where the session has no recorder (uploads, text). */
  retakeHref?: string | null;
}) {
  const { speech, vision } = answer;
  // A video file was analysed without the session's gaze calibration: its camera and screen are unknown.
  const fromFile = vision?.source === "file";
  const gazeCalibrated = gazeCalibratedFor(calibrated, vision);
  // The same rule as the face-based scores: too little face, no figures.
  const faceMeasured = faceEvidence(vision);
  return (
    <Card className="space-y-4" data-testid="answer-card" data-answer-id={answer.id}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-xs text-muted">Question {number}</p>
          <h3 className="font-semibold">{answer.question.text}</h3>
        </div>
        <AnswerStatus status={answer.status} progress={answer.progress} />
      </div>
      {answer.status === "FAILED" && answer.failureReason && (
        <div className="flex flex-wrap items-center gap-3 rounded bg-red-50 px-3 py-2 text-sm text-red-800" role="alert">
          <p>{answer.failureReason}</p>
          {isOwner && RETRYABLE_FAILURES.includes(answer.failureCode ?? "") && <RetryAnalysisButton answerId={answer.id} />}
        </div>
      )}
      {answer.replacementFailure && (
        <p className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status">{answer.replacementFailure}</p>
      )}
      {isOwner && (
        <ReplaceAnswer
          number={number}
          hasRecording={HAS_RECORDING_STATUSES.includes(answer.status)}
          replaceable={REPLACEABLE_STATUSES.includes(answer.status)}
          retakeHref={retakeHref}
          upload={
            // Mounted while the new recording is analysed too, so an upload's own progress stays on screen.
            <UploadRecording answerId={answer.id} replaceable={REPLACEABLE_STATUSES.includes(answer.status)} visionConfig={browserVisionConfig()} />
          }
        />
      )}

      {speech?.transcriptStatus?.available === false && (
        <p className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="transcript-unavailable">
          Transcript unavailable. {speech.transcriptStatus.reason}
        </p>
      )}
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        {speech && (
          <>
            <Figure testId="figure-wpm" label="Pace" value={`${Math.round(speech.pace.wpm)} wpm`} note={`ideal ${speech.pace.target.idealMin}-${speech.pace.target.idealMax}${speech.pace.source === "syllables" ? "; estimated from the syllable rate" : ""}`} />
            <Figure
              label="Fillers"
              value={`${fillerRateText(speech.fillers)} / 100 words`}
              note={[`${speech.fillers.count} in total`, acousticFillerNote(speech.fillers)].filter(Boolean).join(", ")}
            />
            <Figure testId="figure-stammers" label="Repetitions and stammers" {...repetitionFigure(speech)} />
            <Figure label="Pauses over 2 s" value={String(speech.pauses.longCount)} note={`longest ${seconds(speech.pauses.longestSec)}`} />
            <Figure
              label="Pitch range"
              value={`${speech.voice.rangeSemitones.toFixed(1)} semitones`}
              note={`between your lower and higher notes (12 make an octave); ${speech.voice.monotone ? "flat delivery" : "varied"}`}
            />
          </>
        )}
        {speech?.vocalExpression !== undefined && (
          <Figure testId="figure-vocal-expression" label="Voice most often sounded" {...vocalFigure(speech)} />
        )}
        {vision && (
          <>
            <Figure testId="figure-face-visible" label="Face visible" value={percent(vision.faceVisibleShare)} note={`${vision.framesAnalysed} frames ${fromFile ? "of your uploaded video" : "analysed"}`} />
            {faceMeasured.level === "insufficient" ? (
              <Figure label="Eye contact and expression" value="—" note={`Not measured: ${faceMeasured.reasons.join(" ")}`} />
            ) : (
              <>
                <Figure
                  testId="figure-eye-contact"
                  label="Eye contact"
                  value={percent(vision.eyeContactShare)}
                  note={`${gazeCalibrated ? "of face-visible time" : "uncalibrated: standard settings"}; gaze estimator ${vision.algorithmVersion}`}
                />
                <Figure label="Looked away" value={`${vision.lookingAway.count}×`} note={seconds(vision.lookingAway.totalMs / 1000)} />
                <Figure
                  testId="figure-expression"
                  label="Most observed expression"
                  value={vision.dominantEmotion ?? "—"}
                  note={expressionNote(recordedEmotionAccuracy(vision.models))}
                />
              </>
            )}
          </>
        )}
      </dl>

      {answer.tips.length > 0 && (
        <ul className="space-y-1 text-sm" aria-label="Tips">
          {answer.tips.map((tip) => (
            <li key={tip.id} className="flex gap-2">
              <span aria-hidden>{tip.kind === "keep" ? "✓" : "→"}</span>
              <span>{tip.text}</span>
            </li>
          ))}
        </ul>
      )}

      <CoachComments comments={answer.comments} highlightUnread={isOwner} />

      {/* A question not answered yet has no details to show. */}
      {answer.status !== "PENDING" && (
        <AnswerDetailsSlot
          answerId={answer.id}
          version={answerDetailsVersion(answer)}
          canComment={canComment}
          unreadCommentIds={isOwner ? answer.comments.filter((c) => c.readAt === null).map((c) => c.id) : []}
        />
      )}
    </Card>
  );
}
