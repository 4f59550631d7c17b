"use client";

import { Bar, BarChart, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { VOCAL_CLASSES, type VocalClass } from "@/lib/speech/vocal-expression/classes";
import type { VocalExpression } from "@/lib/speech/vocal-expression/schema";
import { ChartPanel, DataTable } from "./data-table";
import { COHORT_COLOR, pct } from "./palette";
import { VOCAL_COLORS, vocalName } from "./vocal-palette";

export interface VocalCohort {
  n: number;
  distribution: Record<VocalClass, number>;
}

export interface VocalExpressionChartProps {
  vocal: VocalExpression | null | undefined;
  /** Why there is no distribution to show (the evidence rule's reasons); null when there is one. */
  withheld: string | null;
  /** The model's speaker-independent 8-class accuracy (cross-validation by actor). */
  accuracy: number;
  /** undefined: no comparison shown. null: the comparison exists but has too little data yet. */
  cohort?: VocalCohort | null;
}

const fmtShare = (v: unknown) => (typeof v === "number" ? pct(v) : String(v));

/** How the voice sounded over the answer (share of classified speech per class), beside the cohort's. */
export function VocalExpressionChart({ vocal, withheld, accuracy, cohort }: VocalExpressionChartProps) {
  if (!vocal || withheld) {
    return (
      <ChartPanel title="Vocal expression" testId="chart-vocal-expression">
        <p className="text-sm text-muted">Not measured: {withheld ?? "no stretch of speech was long enough to classify."}</p>
      </ChartPanel>
    );
  }
  const bars = VOCAL_CLASSES.map((c) => ({ name: vocalName(c), label: c, answer: vocal.distribution[c], cohort: cohort?.distribution[c] ?? null }));
  const top = bars.reduce((a, b) => (b.answer > a.answer ? b : a));
  return (
    <ChartPanel
      title="Vocal expression"
      note={`Based on ${Math.round(vocal.voicedSec)} s of speech in ${vocal.windows.length} windows of 2-3 s.`}
      testId="chart-vocal-expression"
    >
      <p className="text-xs text-muted">
        Most often sounded {top.name.toLowerCase()} ({pct(top.answer)}). This describes how the voice sounded, not what you felt. The model picks the
        actors&apos; intended expression for {pct(accuracy)} of clips from voices it never heard; interview speech is calmer than acted speech.
      </p>
      <div className="h-56" aria-hidden>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={bars} layout="vertical" margin={{ left: 8, right: 16 }}>
            <XAxis type="number" domain={[0, 1]} tickFormatter={pct} fontSize={11} />
            <YAxis type="category" dataKey="name" width={72} fontSize={11} />
            <Tooltip formatter={fmtShare} />
            <Bar dataKey="answer" name="This answer (colours)" isAnimationActive={false}>
              {bars.map((b) => (
                <Cell key={b.label} fill={VOCAL_COLORS[b.label]} />
              ))}
            </Bar>
            {cohort && <Bar dataKey="cohort" name={`Cohort (n=${cohort.n})`} fill={COHORT_COLOR} isAnimationActive={false} />}
            {cohort && <Legend wrapperStyle={{ fontSize: 12 }} />}
          </BarChart>
        </ResponsiveContainer>
      </div>
      {cohort === null && (
        <p className="text-xs text-muted" data-testid="vocal-cohort-not-enough">
          Cohort comparison: not enough data yet.
        </p>
      )}
      {cohort && <p className="text-xs text-muted">Grey bars: the cohort average over {cohort.n} answers.</p>}
      <DataTable
        caption="Vocal expression shares"
        headers={cohort ? ["Sounded", "This answer", `Cohort (n=${cohort.n})`] : ["Sounded", "This answer"]}
        rows={bars.map((b) => (cohort ? [b.name, pct(b.answer), b.cohort === null ? "—" : pct(b.cohort)] : [b.name, pct(b.answer)]))}
      />
    </ChartPanel>
  );
}
