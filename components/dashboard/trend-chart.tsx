"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { yAxisWidth } from "@/lib/reports/axis";
import { formatDate } from "@/lib/dates";

export interface TrendChartPoint {
  index: number;
  at: string;
  value: number;
}


/**
 * One metric over the candidate's analysed answers (x: answer number, oldest first). Straight segments: the
 * points are separate answers, and a smoothed curve through three of them overshot values never measured.
 */
export function TrendChart({ label, unit, digits, points }: { label: string; unit: string; digits: number; points: TrendChartPoint[] }) {
  if (points.length < 2) {
    return <p className="flex h-40 items-center justify-center text-sm text-muted">Not enough analysed answers yet.</p>;
  }
  const format = (value: number) => value.toFixed(digits);
  return (
    <div className="h-44" role="img" aria-label={`${label} over your last ${points.length} analysed answers`}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart accessibilityLayer={false} data={points} margin={{ top: 8, right: 8, bottom: 12, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis
            dataKey="index"
            tick={{ fontSize: 11 }}
            tickLine={false}
            allowDecimals={false}
            label={{ value: "Answer number, oldest first", position: "insideBottom", offset: -8, fontSize: 11, fill: "#475569" }}
          />
          <YAxis
            tick={{ fontSize: 11 }}
            tickLine={false}
            width={yAxisWidth(points.map((p) => p.value), format)}
            tickFormatter={format}
            domain={["auto", "auto"]}
          />
          <Tooltip
            formatter={(value) => [`${Number(value).toFixed(digits)} ${unit}`, label]}
            labelFormatter={(_, payload) => {
              const at = payload[0]?.payload as TrendChartPoint | undefined;
              return at ? `Answer ${at.index} · ${formatDate(at.at)}` : "";
            }}
          />
          <Line type="linear" dataKey="value" stroke="#2459bd" strokeWidth={2} dot={points.length <= 30} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
