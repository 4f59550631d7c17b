"use client";

import { useMemo } from "react";
import { Area, AreaChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { dominantShares, emotionSeries } from "@/lib/reports/emotion-series";
import { clock } from "@/components/report/format";
import { EMOTION_LABELS } from "@/lib/vision/constants";
import type { TimelinePoint } from "@/lib/vision/schemas";
import { ChartPanel, DataTable } from "./data-table";
import { EMOTION_COLORS, emotionName, pct } from "./palette";

export interface ExpressionOverTimeChartProps {
  timeline: TimelinePoint[];
  durationSec: number;
  /** Optional playhead (seconds), e.g. from AnswerTimeline's onTimeChange. */
  currentTime?: number | null;
}

/** Stacked areas of the smoothed expression probabilities; gaps where the face was not seen. */
export function ExpressionOverTimeChart({ timeline, durationSec, currentTime }: ExpressionOverTimeChartProps) {
  const rows = useMemo(() => emotionSeries(timeline, durationSec), [timeline, durationSec]);
  const shares = useMemo(() => dominantShares(timeline), [timeline]);
  if (rows.length === 0 || shares.length === 0) {
    return (
      <ChartPanel title="Observed expression over time" testId="chart-expression-time">
        <p className="text-sm text-muted">No facial expression data over time for this answer.</p>
      </ChartPanel>
    );
  }
  const ranked = [...shares].sort((a, b) => b.share - a.share).filter((s) => s.share > 0);
  const summary = `Leading expression per moment: ${ranked.map((s) => `${emotionName(s.label)} ${pct(s.share)}`).join(", ")} of face-visible time.`;

  return (
    <ChartPanel title="Observed expression over time" note="Smoothed over about 3 seconds; blank stretches: face not visible." testId="chart-expression-time">
      <p className="text-xs text-muted">{summary}</p>
      <div className="h-56" aria-hidden>
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart accessibilityLayer={false} data={rows} margin={{ left: 0, right: 12, top: 4 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#E5E7EB" />
            <XAxis dataKey="t" type="number" domain={[0, Math.max(durationSec, rows[rows.length - 1]!.t)]} tickFormatter={clock} fontSize={11} />
            <YAxis domain={[0, 1]} tickFormatter={pct} fontSize={11} width={40} />
            <Tooltip labelFormatter={(t) => clock(Number(t))} formatter={(v) => (typeof v === "number" ? pct(v) : "—")} />
            {EMOTION_LABELS.map((l) => (
              <Area
                key={l}
                type="monotone"
                dataKey={l}
                name={emotionName(l)}
                stackId="expr"
                stroke={EMOTION_COLORS[l]}
                fill={EMOTION_COLORS[l]}
                fillOpacity={0.75}
                isAnimationActive={false}
              />
            ))}
            {currentTime !== null && currentTime !== undefined && <ReferenceLine x={currentTime} stroke="#17202E" />}
          </AreaChart>
        </ResponsiveContainer>
      </div>
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs" aria-label="Legend">
        {EMOTION_LABELS.map((l) => (
          <li key={l} className="flex items-center gap-1">
            <span className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: EMOTION_COLORS[l] }} aria-hidden />
            {emotionName(l)}
          </li>
        ))}
      </ul>
      <DataTable caption="Share of face-visible time each expression led" headers={["Expression", "Share"]} rows={ranked.map((s) => [emotionName(s.label), pct(s.share)])} />
    </ChartPanel>
  );
}
