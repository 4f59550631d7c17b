import { Card } from "@/components/ui/card";
import { focusItems, SCORE_GUIDE, scoreSummaries, type SummaryAnswer } from "@/lib/reports/session-summary";
import type { SessionReport } from "@/lib/sessions/session-report";

function toSummaryAnswers(report: SessionReport): SummaryAnswer[] {
  return report.answers.map((answer, index) => ({
    number: index + 1,
    speech: answer.speech,
    vision: answer.vision,
    content: answer.content?.analysis ?? null,
    contentText: answer.content?.text ?? null,
    scores: answer.scores,
  }));
}

/** The top of the report: what to work on first, across answers, and the scores with their scales. */
export function SessionSummary({ report }: { report: SessionReport }) {
  const answers = toSummaryAnswers(report);
  const focus = focusItems(answers);
  const scores = scoreSummaries(answers).filter((score) => score.mean !== null);
  const analysed = report.answers.filter((answer) => answer.status === "DONE").length;
  if (analysed === 0) return null;
  return (
    <Card className="mb-6 space-y-4" data-testid="session-summary" aria-label="Session summary">
      <div>
        <h2 className="font-semibold">This session at a glance</h2>
        <p className="text-xs text-muted">
          From {analysed} analysed answer{analysed === 1 ? "" : "s"}. What was observed, not a judgement of you.
        </p>
      </div>
      <div>
        <h3 className="text-sm font-semibold">To work on first</h3>
        {focus.length === 0 ? (
          <p className="text-sm text-muted" data-testid="focus-none">Nothing stood out against the usual ranges in these answers.</p>
        ) : (
          <ol className="mt-1 list-decimal space-y-2 pl-5 text-sm">
            {focus.map((item) => (
              <li key={item.kind} data-testid="focus-item" data-kind={item.kind}>
                <span className="font-medium">{item.title}.</span> {item.detail}{" "}
                <span className="text-muted">
                  Answer {item.answer}, {item.moment}
                  {item.answersAffected > 1 ? `; seen in ${item.answersAffected} answers` : ""}.
                </span>
              </li>
            ))}
          </ol>
        )}
      </div>
      {scores.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold">Scores, averaged over the answers</h3>
          <dl className="mt-1 grid gap-2 text-sm sm:grid-cols-2">
            {scores.map((score) => (
              <div key={score.id} data-testid={`summary-score-${score.id}`}>
                <dt>
                  {SCORE_GUIDE[score.id].title}: <span className="font-semibold tabular-nums">{score.mean}</span>
                  <span className="text-muted"> / 100{score.answers < analysed ? ` (${score.answers} of ${analysed} answers)` : ""}</span>
                </dt>
                <dd className="text-xs text-muted">
                  {SCORE_GUIDE[score.id].scale}. Good: {SCORE_GUIDE[score.id].good}.
                  {score.inGoodRange === true ? " This session: in that range." : " This session: outside it."}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </Card>
  );
}
