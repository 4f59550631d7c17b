"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** Counts per day (e.g. practice sessions over the last 30 days). */
export function DailyBarChart({ data, label }: { data: { day: string; count: number }[]; label: string }) {
  const total = data.reduce((s, d) => s + d.count, 0);
  return (
    <div className="h-56" role="img" aria-label={`${label}: ${total} in the last ${data.length} days`}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="day" tick={{ fontSize: 11 }} tickLine={false} tickFormatter={(d: string) => d.slice(5)} minTickGap={16} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} tickLine={false} width={48} />
          <Tooltip formatter={(value) => [value, label]} />
          <Bar dataKey="count" fill="#2f6fde" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
