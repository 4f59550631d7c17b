import { Card } from "@/components/ui/card";
import type { AdminOverview } from "@/lib/dashboards/admin-overview";
import { formatDateTime } from "@/lib/dates";


/** Queue depth and failed analysis jobs grouped by reason, with the latest message of each. */
export function AnalysisHealth({ failures, queue }: Pick<AdminOverview, "failures" | "queue">) {
  const failed = failures.reduce((s, f) => s + f.count, 0);
  return (
    <Card aria-labelledby="health-heading">
      <h2 id="health-heading" className="font-semibold">Analysis</h2>
      <dl className="mt-3 grid grid-cols-3 gap-4">
        <div>
          <dt className="text-sm text-muted">Queued</dt>
          <dd className="text-2xl font-semibold">{queue.queued}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Running</dt>
          <dd className="text-2xl font-semibold">{queue.running}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Failed (all time)</dt>
          <dd className="text-2xl font-semibold">{failed}</dd>
        </div>
      </dl>
      {failures.length === 0 ? (
        <p className="mt-4 text-sm text-muted">No analysis has failed.</p>
      ) : (
        <table className="mt-4 w-full text-left text-sm" aria-label="Analysis failures by reason">
          <thead className="border-b border-slate-200 text-muted">
            <tr>
              <th className="py-2 pr-4 font-medium">Reason</th>
              <th className="py-2 pr-4 font-medium">Jobs</th>
              <th className="py-2 font-medium">Latest message</th>
            </tr>
          </thead>
          <tbody>
            {failures.map((f) => (
              <tr key={f.errorCode} className="border-b border-slate-100 align-top last:border-0">
                <td className="py-2 pr-4 font-mono text-xs">{f.errorCode}</td>
                <td className="py-2 pr-4">{f.count}</td>
                <td className="py-2">
                  {f.latestMessage ?? <span className="text-muted">No message</span>}
                  {f.latestAt && (
                    <div className="text-xs text-muted">
                      {f.latestJob} · {formatDateTime(f.latestAt)}
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
