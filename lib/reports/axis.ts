// Chart-axis helpers shared by the report and dashboard charts. Pure.

/** Average glyph width of the 11 px axis font, in px, with room for the tick and a gap. */
const CHAR_PX = 7;
const PADDING_PX = 12;

/**
 * The y axis's width in px for labels as they will be drawn: a fixed width cut "53.55" to "3.55".
 * `values` are the data (the ticks lie between their extremes, and nice ticks are at most one digit wider).
 */
export function yAxisWidth(values: readonly number[], format: (value: number) => string): number {
  if (values.length === 0) return 32;
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const longest = Math.max(format(lo).length, format(hi).length, format(hi + Math.abs(hi - lo)).length);
  return longest * CHAR_PX + PADDING_PX;
}
