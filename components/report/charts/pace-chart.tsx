"use client";

import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { clock } from "@/components/report/format";
import { paceAxisMax, paceSeries, zoneShares } from "@/lib/reports/pace-series";
import type { SpeechAnalysis } from "@/lib/speech/schema";
import { ChartPanel, DataTable } from "./data-table";
import { pct } from "./palette";

export interface PaceChartProps {
  pace: Pick<SpeechAnalysis["pace"], "windows" | "target" | "wpm">;
  durationSec?: number;
  currentTime?: number | null;
}

/** Words per minute per 10-second window against the ideal band (darker) and the acceptable band (lighter). */
export function PaceChart({ pace, durationSec, currentTime }: PaceChartProps) {
  const points = paceSeries(pace);
  const { target } = pace;
  if (points.length === 0) {
    return (
      <ChartPanel title="Pace over time" testId="chart-pace">
        <p className="text-sm text-muted">Too little speech to chart pace (windows need at least 5 seconds).</p>
      </ChartPanel>
    );
  }
  const shares = zoneShares(points);
  const yMax = paceAxisMax(points, target);
  const xMax = Math.max(durationSec ?? 0, points[points.length - 1]!.end);
  const summary = `Overall ${Math.round(pace.wpm)} wpm. ${pct(shares.ideal)} of 10-second windows in the ideal ${target.idealMin}-${target.idealMax} wpm band, ${pct(shares.acceptable)} in the acceptable ${target.acceptableMin}-${target.acceptableMax} band, ${pct(shares.outside)} outside.`;
  return (
    <ChartPanel title="Pace over time" note="Words per minute in 10-second windows." testId="chart-pace">
      <p className="text-xs text-muted">{summary}</p>
      <div className="h-52" aria-hidden>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart accessibilityLayer={false} data={points} margin={{ left: 0, right: 12, top: 4 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#E5E7EB" />
            <ReferenceArea y1={target.acceptableMin} y2={target.acceptableMax} fill="#10B981" fillOpacity={0.1} ifOverflow="hidden" />
            <ReferenceArea y1={target.idealMin} y2={target.idealMax} fill="#10B981" fillOpacity={0.25} ifOverflow="hidden" />
            <XAxis dataKey="t" type="number" domain={[0, xMax]} tickFormatter={clock} fontSize={11} />
            <YAxis domain={[0, yMax]} fontSize={11} width={40} />
            <Tooltip labelFormatter={(t) => clock(Number(t))} formatter={(v) => [`${String(v)} wpm`, "Pace"]} />
            <Line type="linear" dataKey="wpm" stroke="#1F4894" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
            {currentTime !== null && currentTime !== undefined && <ReferenceLine x={currentTime} stroke="#17202E" />}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <p className="flex flex-wrap gap-3 text-xs text-muted">
        <span className="flex items-center gap-1">
          <span className="inline-block h-2.5 w-4 rounded-sm bg-emerald-500/40" aria-hidden /> ideal {target.idealMin}-{target.idealMax}
        </span>
        <span className="flex items-center gap-1">
          <span className="inline-block h-2.5 w-4 rounded-sm bg-emerald-500/15" aria-hidden /> acceptable {target.acceptableMin}-{target.acceptableMax}
        </span>
      </p>
      <DataTable
        caption="Pace per 10-second window"
        headers={["Window", "Words per minute", "Band"]}
        rows={points.map((p) => [`${clock(p.start)}-${clock(p.end)}`, p.wpm, p.zone])}
      />
    </ChartPanel>
  );
}
