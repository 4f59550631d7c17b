import { describeCohort } from "@/lib/benchmarks/cohort";
import { getMetric, type MetricId } from "@/lib/benchmarks/catalogue";
import type { PercentileLookup } from "@/lib/benchmarks/contributions";

/**
 * Where this answer sits among other candidates' answers to the same question: only candidates
 * who opted in count, the cohort size is always shown, and small cohorts say so instead of a number.
 */
export function CohortComparison({ lookup }: { lookup: PercentileLookup }) {
  const rows = (Object.entries(lookup) as [MetricId, NonNullable<PercentileLookup[MetricId]>][]).filter(
    ([metric]) => getMetric(metric)?.direction.kind !== "descriptive",
  );
  if (rows.length === 0) return null;
  return (
    <details className="text-sm" data-testid="cohort-comparison">
      <summary className="cursor-pointer text-brand-700">Compared with other candidates on this question</summary>
      <p className="mt-1 text-xs text-muted">Only candidates who chose to be included in benchmarks count. Percentiles describe this practice answer, not you.</p>
      <table className="mt-2 w-full text-left text-xs">
        <thead className="text-muted">
          <tr>
            <th className="py-1 font-medium">Measure</th>
            <th className="py-1 font-medium">This question</th>
            <th className="py-1 font-medium">Whole bank</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([metric, view]) => (
            <tr key={metric} className="border-t border-slate-100">
              <td className="py-1 pr-2">{getMetric(metric)?.label}</td>
              <td className="py-1 pr-2">{describeCohort(view.question)}</td>
              <td className="py-1">{describeCohort(view.bank)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
