"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface TrendChartPoint {
  index: number;
  at: string;
  value: number;
}

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

/** One metric over the candidate's analysed answers (x: answer number, oldest first). */
export function TrendChart({ label, unit, digits, points }: { label: string; unit: string; digits: number; points: TrendChartPoint[] }) {
  if (points.length < 2) {
    return <p className="flex h-40 items-center justify-center text-sm text-muted">Not enough analysed answers yet.</p>;
  }
  return (
    <div className="h-40" role="img" aria-label={`${label} over your last ${points.length} analysed answers`}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis dataKey="index" tick={{ fontSize: 11 }} tickLine={false} />
          <YAxis tick={{ fontSize: 11 }} tickLine={false} width={48} domain={["auto", "auto"]} />
          <Tooltip
            formatter={(value) => [`${Number(value).toFixed(digits)} ${unit}`, label]}
            labelFormatter={(_, payload) => {
              const at = payload?.[0]?.payload as TrendChartPoint | undefined;
              return at ? `Answer ${at.index} · ${dateFormat.format(new Date(at.at))}` : "";
            }}
          />
          <Line type="monotone" dataKey="value" stroke="#2459bd" strokeWidth={2} dot={points.length <= 30} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
