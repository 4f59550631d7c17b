/** Small display helpers shared by report components. */
export const percent = (share: number | null | undefined) => (share === null || share === undefined ? "—" : `${Math.round(share * 100)}%`);
/** One decimal, for measured model figures where 66.5% and 67.4% differ. */
export const percentPrecise = (share: number) => `${(share * 100).toFixed(1)}%`;
export const seconds = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} s`;
export function clock(totalSeconds: number) {
  const whole = Math.max(0, Math.floor(totalSeconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}
