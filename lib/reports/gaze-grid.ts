// Gaze heatmap and region shares (pure, browser-safe).
import { GRID_CELLS, SCREEN_REGIONS, type GridCell, type ScreenRegion } from "@/lib/vision/constants";
import type { VisionSummary } from "@/lib/vision/schemas";
import { blend, readableOn } from "./contrast";

/** A deep blue: light tints carry dark text and deep ones white text, both readable at every step (WCAG AA). */
const HEAT_COLOUR = "#1F4894";

/** Background and text colour of a heatmap cell at `intensity` (0..1), opaque so the contrast is known. */
export function heatCellColours(intensity: number): { background: string; color: string } {
  const background = blend(HEAT_COLOUR, 0.06 + 0.9 * Math.min(1, Math.max(0, intensity)), "#f8fafc");
  // Black, not the page's ink: between light and deep tints only pure black or white reaches 4.5:1 everywhere.
  return { background, color: readableOn(background, "#000000") };
}

export interface HeatCell {
  cell: GridCell;
  row: number;
  col: number;
  /** Share of gaze-tracked time looking at this cell (off-screen time is in no cell). */
  share: number;
  /** 0..1 relative to the most-looked-at cell, for colour intensity. */
  intensity: number;
}

/** 3x3 cells in reading order (row 0 = top) with shares and intensities relative to the maximum. */
export function heatmapCells(shares: Partial<Record<GridCell, number>>): HeatCell[] {
  const values = GRID_CELLS.map((c) => Math.max(0, shares[c] ?? 0));
  const max = Math.max(...values);
  return GRID_CELLS.map((cell, i) => ({
    cell,
    row: Math.floor(i / 3),
    col: i % 3,
    share: values[i]!,
    intensity: max > 0 ? values[i]! / max : 0,
  }));
}

export interface RegionShare {
  region: ScreenRegion;
  share: number;
}

export function regionShares(shares: Partial<Record<ScreenRegion, number>>): RegionShare[] {
  return SCREEN_REGIONS.map((region) => ({ region, share: Math.max(0, shares[region] ?? 0) }));
}

/** Human name of a cell as the candidate saw the screen: "middle-centre" -> "middle centre". */
export const cellName = (cell: GridCell) => cell.replace("-", " ");

/** Everything the gaze panel shows, from one vision summary. */
export function gazeView(vision: Pick<VisionSummary, "gridCellShares" | "screenRegionShares" | "eyeContactShare" | "faceVisibleShare">) {
  const cells = heatmapCells(vision.gridCellShares);
  const top = cells.reduce((best, c) => (c.share > best.share ? c : best), cells[0]!);
  return {
    cells,
    regions: regionShares(vision.screenRegionShares),
    eyeContactShare: vision.eyeContactShare,
    faceVisibleShare: vision.faceVisibleShare,
    mostLookedAt: top.share > 0 ? top.cell : null,
  };
}
