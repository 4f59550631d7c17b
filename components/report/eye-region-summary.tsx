import type { EyeRegionReport } from "@/lib/reports/eye-region";

/** The eye-region figures of one answer: what moved around the eyes, each with a one-line explanation. */
export function EyeRegionSummary({ report }: { report: EyeRegionReport }) {
  return (
    <section className="space-y-1" aria-label="Eye region" data-testid="eye-region-summary">
      <h4 className="text-sm font-semibold">Eye region</h4>
      {report.status !== "measured" ? (
        <p className="text-sm text-muted" data-testid="eye-region-not-measured">
          {report.reason}
        </p>
      ) : (
        <>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
            {report.figures.map((f) => (
              <div key={f.id} data-testid={`eye-figure-${f.id}`}>
                <dt className="text-xs text-muted">{f.name}</dt>
                <dd className="font-semibold tabular-nums">{f.value}</dd>
                <dd className="text-xs text-muted">{f.explanation}</dd>
              </div>
            ))}
          </dl>
          <p className="text-xs text-muted">Movements of the lids and brows, measured from face landmarks; they describe what moved, not a feeling.</p>
        </>
      )}
    </section>
  );
}
