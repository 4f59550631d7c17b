"use client";

import { useState, type ReactNode } from "react";
import { eyeRegionReport } from "@/lib/reports/eye-region";
import type { AnswerDetailsData } from "@/lib/sessions/answer-details";
import { AnswerReplay, type ReplayAnswer } from "./answer-replay";
import { AnswerCharts } from "./charts/answer-charts";
import { CohortComparison } from "./cohort-comparison";
import { cohortExpressionDistribution, cohortVocalDistribution } from "./cohort-expressions";
import { ContentFeedback, QuestionGuidance } from "./content-feedback";
import { EyeRegionSummary } from "./eye-region-summary";
import { gazeCalibrated } from "@/lib/reports/gaze-calibrated";
import { ScoreCard } from "./score-card";

const SCORE_INFO = [
  { key: "attentiveness", title: "Attentiveness", description: "Eye contact and looking-away episodes." },
  { key: "composure", title: "Composure", description: "Steadiness of expression and speaking rate, and fillers." },
  { key: "engagement", title: "Engagement", description: "Facial expressiveness and vocal variety." },
  { key: "thinkingTime", title: "Thinking time", description: "Pause before the first word and glances away at the start." },
  {
    key: "signalMismatch",
    title: "Face/voice agreement",
    description:
      "Whether your face and your voice gave similar readings: the expressions each showed when the voice could be classified, otherwise how lively each was. A difference is two signals that disagreed, not a verdict.",
  },
] as const;

/** A closed section whose content is drawn the first time it is opened: most readers never open the charts. */
function LazyDisclosure({ summary, children }: { summary: string; children: () => ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary className="cursor-pointer text-sm text-brand-700">{summary}</summary>
      <div className="mt-3">{opened && children()}</div>
    </details>
  );
}

/** Only the fields the replay reads; comments the page shows as new stay marked so here, though opening the page marked them read. */
function replayAnswer({ id, speech, timeline, comments, durationSec, hasVideo, hasAudio }: AnswerDetailsData, unread: ReadonlySet<string>): ReplayAnswer {
  return { id, speech, timeline, comments: comments.map((c) => (unread.has(c.id) ? { ...c, readAt: null } : c)), durationSec, hasVideo, hasAudio };
}

/**
 * The parts of an answer the report draws in the browser when the viewer reaches it
 * (AnswerDetailsSlot): eye region, scores, content feedback, guidance, cohort comparison, the
 * synchronized replay and the charts. Rendered with the page on the server, they were four
 * fifths of its server time, whether or not anyone scrolled to them.
 */
export function AnswerDetailsView({ details, canComment, unreadCommentIds }: { details: AnswerDetailsData; canComment: boolean; unreadCommentIds: ReadonlySet<string> }) {
  const { speech, vision, timeline } = details;
  const calibrated = gazeCalibrated(details.calibrated, vision);
  return (
    <div className="space-y-4" data-testid="answer-details">
      {(speech || vision) && <EyeRegionSummary report={eyeRegionReport(vision, timeline)} />}

      {details.scores && (
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {SCORE_INFO.map((info) => (
            <ScoreCard key={info.key} title={info.title} description={info.description} score={details.scores![info.key]} />
          ))}
        </div>
      )}

      {details.content && <ContentFeedback content={details.content} documentName={details.documentName} />}
      {/* Guidance only once the question is answered, never while it may still be attempted. */}
      {details.status !== "PENDING" && <QuestionGuidance guidance={details.question.guidance} />}

      <CohortComparison lookup={details.benchmarks} />

      {(speech || timeline.length > 0) && (
        <AnswerReplay answer={replayAnswer(details, unreadCommentIds)} isOwner={details.isOwner} canComment={canComment} />
      )}

      {(speech || vision) && (
        // Named for what it holds: a microphone-only answer has no expression or gaze chart.
        <LazyDisclosure summary={vision ? "Charts: expression, gaze, pace and voice" : "Charts: pace and voice"}>
          {() => (
            <AnswerCharts
              speech={speech}
              vision={vision}
              timeline={timeline}
              durationSec={details.durationSec ?? undefined}
              calibrated={calibrated}
              cohort={cohortExpressionDistribution(details.benchmarks)}
              vocalCohort={cohortVocalDistribution(details.benchmarks)}
            />
          )}
        </LazyDisclosure>
      )}
    </div>
  );
}
