import Link from "next/link";
import { Sparkline } from "@/components/dashboard/sparkline";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { CoachDashboard } from "@/lib/dashboards/coach-dashboard";
import { formatDate } from "@/lib/dates";

const fmt = (iso: string | null) => (iso ? formatDate(iso) : "None yet");

/** One row per sharing candidate: activity, sessions (linked to their reports), sparklines, open items. */
export function CandidateTable({ candidates }: { candidates: CoachDashboard["candidates"] }) {
  const metrics = candidates[0]?.sparklines.map((s) => s.metric) ?? [];
  return (
    <Card className="overflow-x-auto p-0">
      <table className="w-full text-left text-sm" aria-label="Candidates">
        <thead className="border-b border-slate-200 text-muted">
          <tr>
            <th className="px-4 py-2 font-medium">Candidate</th>
            <th className="px-4 py-2 font-medium">Sessions</th>
            <th className="px-4 py-2 font-medium">Last activity</th>
            {metrics.map((m) => (
              <th key={m.id} className="px-4 py-2 font-medium">
                {m.label} <span className="font-normal">({m.unit})</span>
              </th>
            ))}
            <th className="px-4 py-2 font-medium">Open items</th>
          </tr>
        </thead>
        <tbody>
          {candidates.map((c) => (
            <tr key={c.id} className="border-b border-slate-100 align-top last:border-0">
              <td className="px-4 py-2">
                <Link className="font-medium text-brand-700 underline" href={`/coach/candidates/${c.id}`}>{c.name}</Link>
                <div className="text-muted">{c.email}</div>
              </td>
              <td className="px-4 py-2">
                <div>{c.sessionCount}</div>
                <ul className="mt-1 space-y-0.5">
                  {c.recentSessions.map((s) => (
                    <li key={s.id}>
                      <Link className="text-brand-700 underline" href={`/sessions/${s.id}`}>
                        {fmt(s.startedAt)} · {s.bankTitle}
                      </Link>
                    </li>
                  ))}
                </ul>
              </td>
              <td className="px-4 py-2">{fmt(c.lastActivity)}</td>
              {c.sparklines.map((s) => (
                <td key={s.metric.id} className="px-4 py-2">
                  <Sparkline values={s.values} label={s.metric.label} />
                  {s.values.length > 0 && (
                    <div className="text-xs text-muted">latest {s.values.at(-1)!.toFixed(s.metric.digits)}</div>
                  )}
                </td>
              ))}
              <td className="space-y-1 px-4 py-2">
                {c.awaitingFeedback > 0 && (
                  <div><Badge tone="brand">{c.awaitingFeedback} new answer{c.awaitingFeedback === 1 ? "" : "s"} since your last comment</Badge></div>
                )}
                {c.unreadByCandidate > 0 && (
                  <div><Badge>{c.unreadByCandidate} of your comments unread</Badge></div>
                )}
                {c.failedAnswers > 0 && (
                  <div><Badge tone="warning">{c.failedAnswers} answer{c.failedAnswers === 1 ? "" : "s"} could not be analysed</Badge></div>
                )}
                {c.awaitingFeedback + c.unreadByCandidate + c.failedAnswers === 0 && <span className="text-muted">None</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
