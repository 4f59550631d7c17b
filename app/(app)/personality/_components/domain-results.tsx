import type { DomainResult } from "@/lib/bigfive/inventory";
import type { DomainCohort } from "@/lib/bigfive/results";

const BAND_LABELS = ["0-19", "20-39", "40-59", "60-79", "80-100"];

function Bar({ value, label }: { value: number; label: string }) {
  return (
    <div className="h-2 w-full rounded bg-slate-200" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={value} aria-label={label}>
      <div className="h-2 rounded bg-brand-500" style={{ width: `${value}%` }} />
    </div>
  );
}

function Cohort({ cohort, value }: { cohort: DomainCohort; value: number }) {
  if (cohort.status === "insufficient") {
    return (
      <p className="text-xs text-muted" data-testid="bigfive-cohort">
        Other candidates: not enough data yet ({cohort.n} of {cohort.n + cohort.needed} who share anonymously).
      </p>
    );
  }
  const max = Math.max(...cohort.bins, 1);
  const mine = Math.min(4, Math.floor(value / 20));
  return (
    <div className="text-xs text-muted" data-testid="bigfive-cohort">
      <div className="flex h-10 items-end gap-1" aria-label={`How ${cohort.n} other candidates scored`}>
        {cohort.bins.map((count, i) => (
          <div
            key={BAND_LABELS[i]}
            title={`${BAND_LABELS[i]}: ${count}`}
            className={`flex-1 rounded-t ${i === mine ? "bg-brand-500" : "bg-slate-300"}`}
            style={{ height: `${(count / max) * 100}%` }}
          />
        ))}
      </div>
      <p>
        {cohort.n} other candidates; {cohort.percentile}% of them scored lower. Your band is highlighted.
      </p>
    </div>
  );
}

/** One domain: the 0-100 value, the package's description of the level, the six facets, the cohort. */
export function DomainResults({ domain, cohort }: { domain: DomainResult; cohort: DomainCohort }) {
  return (
    <section className="space-y-3" aria-label={domain.title} data-testid={`bigfive-domain-${domain.domain}`}>
      <div className="flex items-baseline justify-between gap-2">
        <h3 className="font-semibold">{domain.title}</h3>
        <span className="text-lg font-semibold tabular-nums" data-testid="bigfive-value">
          {domain.value}
          <span className="text-xs font-normal text-muted"> / 100 ({domain.level})</span>
        </span>
      </div>
      <Bar value={domain.value} label={`${domain.title}: ${domain.value} of 100`} />
      <p className="text-sm">{domain.levelText}</p>
      <details>
        <summary className="cursor-pointer text-sm text-brand-700">Facets</summary>
        <ul className="mt-2 grid gap-2 sm:grid-cols-2">
          {domain.facets.map((facet) => (
            <li key={facet.facet} className="text-sm" data-testid="bigfive-facet">
              <div className="flex justify-between">
                <span>{facet.title}</span>
                <span className="tabular-nums">{facet.value}</span>
              </div>
              <Bar value={facet.value} label={`${facet.title}: ${facet.value} of 100`} />
            </li>
          ))}
        </ul>
      </details>
      <Cohort cohort={cohort} value={domain.value} />
    </section>
  );
}
