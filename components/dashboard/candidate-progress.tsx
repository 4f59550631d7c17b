import Link from "next/link";
import { TrendChart } from "@/components/dashboard/trend-chart";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { CandidateDashboard } from "@/lib/dashboards/candidate-dashboard";
import { QuestionRanking } from "./question-ranking";
import { SessionList } from "./session-list";
import { formatDate } from "@/lib/dates";

/**
 * A candidate's progress: unread coach comments, first-vs-now, trends, questions, sessions. The candidate
 * sees it on /dashboard; their coach (reader "coach") on /coach/candidates/[id], without the calls to practise.
 */
export function CandidateProgress({ data, reader = "candidate" }: { data: CandidateDashboard; reader?: "candidate" | "coach" }) {
  const own = reader === "candidate";
  if (data.sessionCount === 0) {
    if (!own) return <Card><p className="text-muted">{data.candidate.name} has not practised yet.</p></Card>;
    return (
      <Card>
        <h2 className="font-semibold">Start your first practice session</h2>
        <p className="mt-1 text-sm text-muted">
          Pick a question bank, answer on camera, and get private feedback. Your progress shows up here after your first analysed answers.
        </p>
        <Link href="/practice" className={`${buttonClasses()} mt-4`}>Practise now</Link>
      </Card>
    );
  }
  const changes = data.trends.flatMap((t) => (t.change ? [t.change] : []));
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        {own && <Link href="/practice" className={buttonClasses()}>Practise now</Link>}
        <span className="text-sm text-muted">
          {data.sessionCount} practice session{data.sessionCount === 1 ? "" : "s"} so far
        </span>
      </div>

      {own && data.unreadComments.total > 0 && (
        <Card aria-labelledby="unread-heading">
          <h2 id="unread-heading" className="flex items-center gap-2 font-semibold">
            Coach comments <Badge tone="brand">{data.unreadComments.total} unread</Badge>
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {data.unreadComments.sessions.map((s) => (
              <li key={s.sessionId}>
                <Link className="text-brand-700 underline" href={`/sessions/${s.sessionId}`}>
                  {s.bankTitle} · {formatDate(s.startedAt)}
                </Link>{" "}
                <span className="text-muted">({s.count} new)</span>
              </li>
            ))}
          </ul>
        </Card>
      )}

      {changes.length > 0 && (
        <Card aria-labelledby="changes-heading">
          <h2 id="changes-heading" className="font-semibold">Now vs {own ? "your" : "their"} first answers</h2>
          <p className="mt-1 text-sm text-muted">Mean of the latest analysed answers compared with the first ones (up to 3 each).</p>
          <ul className="mt-3 space-y-1 text-sm">
            {changes.map((c) => <li key={c.metric}>{c.text}</li>)}
          </ul>
        </Card>
      )}

      <section aria-labelledby="trends-heading">
        <h2 id="trends-heading" className="mb-3 font-semibold">Trends</h2>
        {data.analysedAnswers === 0 ? (
          <Card><p className="text-sm text-muted">No analysed answers yet: trends appear once answers have been analysed.</p></Card>
        ) : (
          <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
            {data.trends.map((t) => (
              <Card key={t.metric.id}>
                <h3 className="text-sm font-medium">
                  {t.metric.label} <span className="font-normal text-muted">({t.metric.unit})</span>
                </h3>
                <TrendChart label={t.metric.label} unit={t.metric.unit} digits={t.metric.digits} points={t.series} />
              </Card>
            ))}
          </div>
        )}
      </section>

      <QuestionRanking questions={data.questions} />
      <SessionList sessions={data.sessions} total={data.sessionCount} />
    </div>
  );
}
