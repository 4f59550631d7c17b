"use client";

import { Line, LineChart, YAxis } from "recharts";

/** A tiny line of the last few values of one metric; no axes, the numbers sit beside it. */
export function Sparkline({ values, label }: { values: number[]; label: string }) {
  if (values.length < 2) return <span className="text-xs text-muted">{values.length === 1 ? "1 answer" : "-"}</span>;
  const data = values.map((value, i) => ({ i, value }));
  return (
    <span role="img" aria-label={`${label}, last ${values.length} answers: ${values.map((v) => Math.round(v)).join(", ")}`}>
      <LineChart accessibilityLayer={false} width={90} height={28} data={data} margin={{ top: 2, right: 2, bottom: 2, left: 2 }}>
        <YAxis hide domain={["dataMin", "dataMax"]} />
        <Line type="linear" dataKey="value" stroke="#2459bd" strokeWidth={1.5} dot={false} isAnimationActive={false} />
      </LineChart>
    </span>
  );
}
