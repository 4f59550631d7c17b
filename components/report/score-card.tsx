import { formatScoreInput, type ScoreResult } from "@/lib/scoring";

const RELIABILITY_TEXT = { high: "high confidence", medium: "medium confidence", low: "low confidence", insufficient: "not enough data" } as const;

/** One composite score with its inputs and how sure it is; never a verdict about the person. */
export function ScoreCard({ title, score, description }: { title: string; score: ScoreResult; description: string }) {
  return (
    <div className="rounded-lg border border-slate-200 p-3" data-testid={`score-${title.toLowerCase().replaceAll(" ", "-")}`}>
      <div className="flex items-baseline justify-between gap-2">
        <h4 className="text-sm font-semibold">{title}</h4>
        <span className="text-xl font-semibold tabular-nums">{score.value === null ? "—" : Math.round(score.value)}</span>
      </div>
      <p className="text-xs text-muted">{description}</p>
      <p className={`mt-1 text-xs ${score.reliability.level === "high" ? "text-emerald-700" : "text-amber-800"}`}>
        {RELIABILITY_TEXT[score.reliability.level]}
        {score.reliability.reasons.length > 0 && `. ${score.reliability.reasons.join(" ")}`}
      </p>
      {score.observations.length > 0 && (
        <ul className="mt-2 list-disc pl-4 text-xs">
          {score.observations.map((observation) => (
            <li key={observation}>{observation}</li>
          ))}
        </ul>
      )}
      <details className="mt-2 text-xs text-muted">
        <summary className="cursor-pointer">Inputs</summary>
        <ul>
          {score.inputs.map((input) => (
            <li key={input.name}>
              {input.name}: {formatScoreInput(input)}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
