import type { Metadata } from "next";
import { clock, percent } from "@/components/report/format";
import { PrintButton } from "@/components/report/print-button";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getPrintableReport } from "@/lib/sessions/session-report";
import { orNotFound } from "@/lib/http/page";
import { faceEvidence, fillerRateText } from "@/lib/scoring";
import { transcriptTokensOf } from "@/lib/reports/word-marks";
import { PrintedTranscript } from "@/components/report/timeline/printed-transcript";
import { formatLongDate } from "@/lib/dates";

export const metadata: Metadata = { title: "Printable report" };


/** A plain, ink-friendly report for printing or saving as PDF. */
export default async function PrintableReportPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const viewer = await requirePageViewer();
  const report = await orNotFound(getPrintableReport(viewer, (await params).sessionId));
  return (
    <article className="mx-auto max-w-3xl space-y-6 text-sm">
      <header className="flex items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{report.bank.title}</h1>
          <p className="text-muted">
            {report.candidate.name} · {formatLongDate(report.startedAt)} · {report.capture}
          </p>
        </div>
        <PrintButton />
      </header>
      <p className="text-xs text-muted">
        Measurements are observations of this practice session: facial expression is what a model saw on the face, not what was felt.
        {report.mode === "LIVE" && !report.calibrated && " Gaze calibration was skipped, so eye contact uses standard settings."}
      </p>
      {report.answers.map((answer, index) => {
        // Eye contact and expression are withheld by the same rule as in the report and the scores.
        const face = faceEvidence(answer.vision);
        return (
          <section key={answer.id} className="break-inside-avoid space-y-2 border-t border-slate-300 pt-4">
            <h2 className="font-semibold">{index + 1}. {answer.question.text}</h2>
            {answer.status !== "DONE" && <p className="text-muted">Status: {answer.status.toLowerCase()}{answer.failureReason ? ` — ${answer.failureReason}` : ""}</p>}
            <ul className="grid grid-cols-2 gap-x-6">
              {answer.speech && (
                <>
                  <li>Pace: {Math.round(answer.speech.pace.wpm)} wpm (ideal {answer.speech.pace.target.idealMin}-{answer.speech.pace.target.idealMax})</li>
                  <li>Fillers: {fillerRateText(answer.speech.fillers)} per 100 words</li>
                  <li>Pauses over 2 s: {answer.speech.pauses.longCount}</li>
                  <li>Pitch range: {answer.speech.voice.rangeSemitones.toFixed(1)} semitones</li>
                </>
              )}
              {answer.vision && (
                <>
                  <li>
                    Face visible: {percent(answer.vision.faceVisibleShare)}
                    {answer.vision.source === "file" && " (measured from an uploaded video, uncalibrated)"}
                  </li>
                  {face.level === "insufficient" ? (
                    <li>Eye contact and expression: not measured ({face.reasons.join(" ")})</li>
                  ) : (
                    <>
                      <li>Eye contact: {percent(answer.vision.eyeContactShare)}</li>
                      <li>Looked away: {answer.vision.lookingAway.count} times</li>
                      <li>Most observed expression: {answer.vision.dominantEmotion ?? "—"}</li>
                    </>
                  )}
                </>
              )}
            </ul>
            {answer.tips.length > 0 && (
              <ul className="list-disc pl-5">
                {answer.tips.map((tip) => (
                  <li key={tip.id}>{tip.text}</li>
                ))}
              </ul>
            )}
            {/* The same words and marks as the report's transcript, not the recogniser's punctuated text. */}
            {answer.speech && <PrintedTranscript tokens={transcriptTokensOf(answer.speech)} />}
            {answer.comments.map((comment) => (
              <p key={comment.id}>
                Coach {comment.author.name} at {clock(comment.offsetSec)}: {comment.body}
              </p>
            ))}
          </section>
        );
      })}
    </article>
  );
}
