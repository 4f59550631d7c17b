import { cellName, gazeView, heatCellColours } from "@/lib/reports/gaze-grid";
import type { VisionSummary } from "@/lib/vision/schemas";
import { ChartPanel, DataTable } from "./data-table";
import { pct } from "./palette";

export interface GazeHeatmapProps {
  vision: Pick<VisionSummary, "gridCellShares" | "screenRegionShares" | "eyeContactShare" | "faceVisibleShare">;
  /** Whether per-user gaze calibration was used; uncalibrated positions are rougher. */
  calibrated?: boolean;
}

const REGION_NAMES = { centre: "Centre", border: "Border", "off-screen": "Off-screen" } as const;

/** 3x3 screen heatmap (CSS grid, no SVG needed) plus centre / border / off-screen and eye-contact shares. */
export function GazeHeatmap({ vision, calibrated }: GazeHeatmapProps) {
  const view = gazeView(vision);
  const hasData = view.cells.some((c) => c.share > 0) || view.regions.some((r) => r.share > 0);
  const note = `${pct(view.faceVisibleShare)} of the answer had a visible face${calibrated ? "" : "; uncalibrated, so positions are approximate"}.`;
  if (!hasData) {
    return (
      <ChartPanel title="Where you looked" note={note} testId="chart-gaze">
        <p className="text-sm text-muted">No gaze data for this answer.</p>
      </ChartPanel>
    );
  }
  return (
    <ChartPanel title="Where you looked" note={note} testId="chart-gaze">
      <div className="flex flex-wrap items-start gap-4">
        <div className="grid w-48 grid-cols-3 gap-1 rounded-md border border-slate-300 bg-slate-50 p-1" aria-hidden>
          {view.cells.map((c) => (
            <div
              key={c.cell}
              title={`${cellName(c.cell)}: ${pct(c.share)}`}
              className="flex aspect-video items-center justify-center rounded text-xs tabular-nums"
              // Deeper blue for more time; the text colour is whichever reads better on it.
              style={heatCellColours(c.intensity)}
            >
              {pct(c.share)}
            </div>
          ))}
        </div>
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
          {view.regions.map((r) => (
            <div key={r.region} className="contents">
              <dt className="text-muted">{REGION_NAMES[r.region]}</dt>
              <dd className="tabular-nums">{pct(r.share)}</dd>
            </div>
          ))}
          <dt className="text-muted">Eye contact</dt>
          <dd className="font-semibold tabular-nums" data-testid="gaze-eye-contact">
            {view.eyeContactShare === null ? "—" : pct(view.eyeContactShare)}
          </dd>
        </dl>
      </div>
      <p className="text-xs text-muted">
        The grid is your screen as you saw it; shares are of the time your gaze could be tracked. Centre is the middle
        of the nine areas, border the eight around it, off-screen anywhere beyond the screen&apos;s edge. Eye contact
        counts the time you looked at or close to the camera, wherever on the screen that falls, so it can be high
        while Centre is low.
        {view.mostLookedAt && ` Most looked at: ${cellName(view.mostLookedAt)}.`}
      </p>
      <DataTable caption="Share of tracked gaze time per screen area" headers={["Area", "Share"]} rows={view.cells.map((c) => [cellName(c.cell), pct(c.share)])} />
    </ChartPanel>
  );
}
