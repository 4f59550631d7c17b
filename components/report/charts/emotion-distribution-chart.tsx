"use client";

import { Bar, BarChart, Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { distributionEntries } from "@/lib/reports/emotion-series";
import type { EmotionLabel } from "@/lib/vision/constants";
import { ChartPanel, DataTable } from "./data-table";
import { COHORT_COLOR, EMOTION_COLORS, emotionName, pct } from "./palette";

export interface EmotionCohort {
  /** Number of answers (or people) in the cohort; shown so the reader can judge how sure the comparison is. */
  n: number;
  distribution: Record<EmotionLabel, number>;
}

export interface EmotionDistributionChartProps {
  /** vision.emotionDistribution: mean probabilities over face-visible frames. */
  distribution: Partial<Record<EmotionLabel, number>> | null;
  /** vision.faceVisibleShare, 0..1: how much of the answer the numbers rest on. */
  faceVisibleShare?: number | null;
  framesAnalysed?: number | null;
  /** undefined: no comparison shown. null: the comparison exists but has too little data yet. */
  cohort?: EmotionCohort | null;
  /** Which view(s) to draw; default both. */
  view?: "pie" | "bars" | "both";
}

const fmtShare = (v: unknown) => (typeof v === "number" ? pct(v) : String(v));

/** Observed expression over the answer as a pie and as bars, with an optional cohort comparison. */
export function EmotionDistributionChart({ distribution, faceVisibleShare, framesAnalysed, cohort, view = "both" }: EmotionDistributionChartProps) {
  const mine = distributionEntries(distribution);
  const theirs = cohort ? distributionEntries(cohort.distribution) : [];
  const sure =
    faceVisibleShare === null || faceVisibleShare === undefined
      ? null
      : `Based on the ${pct(faceVisibleShare)} of the answer where your face was visible${framesAnalysed ? ` (${framesAnalysed} frames)` : ""}.`;

  if (mine.length === 0) {
    return (
      <ChartPanel title="Observed expression" testId="chart-emotion-distribution">
        <p className="text-sm text-muted">No facial expression data for this answer (face not visible or not analysed).</p>
      </ChartPanel>
    );
  }

  const bars = mine.map((e, i) => ({ name: emotionName(e.label), label: e.label, answer: e.share, cohort: theirs[i]?.share ?? null }));
  const top = mine.reduce((a, b) => (b.share > a.share ? b : a));
  const summary = `Most observed expression: ${emotionName(top.label)} (${pct(top.share)}). This describes what the face showed, not what you felt.`;

  return (
    <ChartPanel title="Observed expression" note={sure ?? undefined} testId="chart-emotion-distribution">
      <p className="text-xs text-muted">{summary}</p>
      <div className={view === "both" ? "grid gap-4 sm:grid-cols-2" : ""} aria-hidden>
        {view !== "bars" && (
          <div className="h-56">
            <ResponsiveContainer width="100%" height="100%">
              <PieChart accessibilityLayer={false}>
                {/* The pie's sector group is a tab stop by default; inside aria-hidden it must not be (the table below carries the data). */}
                <Pie data={bars} dataKey="answer" nameKey="name" innerRadius="45%" outerRadius="80%" isAnimationActive={false} rootTabIndex={-1}>
                  {bars.map((b) => (
                    <Cell key={b.label} fill={EMOTION_COLORS[b.label]} />
                  ))}
                </Pie>
                <Tooltip formatter={fmtShare} />
                <Legend wrapperStyle={{ fontSize: 12 }} />
              </PieChart>
            </ResponsiveContainer>
          </div>
        )}
        {view !== "pie" && (
          <div className="h-56">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart accessibilityLayer={false} data={bars} layout="vertical" margin={{ left: 8, right: 16 }}>
                <XAxis type="number" domain={[0, 1]} tickFormatter={pct} fontSize={11} />
                <YAxis type="category" dataKey="name" width={72} fontSize={11} />
                <Tooltip formatter={fmtShare} />
                <Bar dataKey="answer" name="This answer (colours)" fill="#17202E" isAnimationActive={false}>
                  {bars.map((b) => (
                    <Cell key={b.label} fill={EMOTION_COLORS[b.label]} />
                  ))}
                </Bar>
                {cohort && <Bar dataKey="cohort" name={`Cohort (n=${cohort.n})`} fill={COHORT_COLOR} isAnimationActive={false} />}
                {cohort && <Legend wrapperStyle={{ fontSize: 12 }} />}
              </BarChart>
            </ResponsiveContainer>
          </div>
        )}
      </div>
      {cohort === null && (
        <p className="text-xs text-muted" data-testid="cohort-not-enough">
          Cohort comparison: not enough data yet.
        </p>
      )}
      {cohort && <p className="text-xs text-muted">Grey bars: the cohort average over {cohort.n} answers.</p>}
      <DataTable
        caption="Observed expression shares"
        headers={cohort ? ["Expression", "This answer", `Cohort (n=${cohort.n})`] : ["Expression", "This answer"]}
        rows={bars.map((b) => (cohort ? [b.name, pct(b.answer), b.cohort === null ? "—" : pct(b.cohort)] : [b.name, pct(b.answer)]))}
      />
    </ChartPanel>
  );
}
