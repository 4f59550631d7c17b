import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { CandidateDashboard } from "@/lib/dashboards/candidate-dashboard";
import { formatDateTime } from "@/lib/dates";

const STATUS = { COMPLETED: "Completed", IN_PROGRESS: "In progress", ABANDONED: "Stopped early" } as const;

export function SessionList({ sessions, total }: { sessions: CandidateDashboard["sessions"]; total: number }) {
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading" className="mb-3 font-semibold">
        Sessions {total > sessions.length && <span className="text-sm font-normal text-muted">(latest {sessions.length} of {total})</span>}
      </h2>
      <Card className="overflow-x-auto p-0">
        <table className="w-full text-left text-sm" aria-label="Practice sessions">
          <thead className="border-b border-slate-200 text-muted">
            <tr>
              <th className="px-4 py-2 font-medium">Date (UTC)</th>
              <th className="px-4 py-2 font-medium">Question bank</th>
              <th className="px-4 py-2 font-medium">Answers analysed</th>
              <th className="px-4 py-2 font-medium">Status</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id} className="border-b border-slate-100 last:border-0">
                <td className="px-4 py-2">
                  <Link className="text-brand-700 underline" href={`/sessions/${s.id}`}>{formatDateTime(s.startedAt)}</Link>
                </td>
                <td className="px-4 py-2">{s.bankTitle}</td>
                <td className="px-4 py-2">{s.answersDone} of {s.answersTotal}</td>
                <td className="px-4 py-2"><Badge tone={s.status === "COMPLETED" ? "success" : "neutral"}>{STATUS[s.status]}</Badge></td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </section>
  );
}
