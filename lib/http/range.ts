/**
 * Parses a single HTTP Range header ("bytes=start-end", "bytes=start-", "bytes=-suffix") against a
 * file size. Returns null for no/multiple/unsatisfiable ranges (then the whole file is sent).
 */
export function parseRange(header: string | null, size: number): { start: number; end: number } | null {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || size <= 0) return null;
  const [, from, to] = match;
  if (from === "" && to === "") return null;
  let start: number;
  let end: number;
  if (from === "") {
    start = Math.max(0, size - Number(to));
    end = size - 1;
  } else {
    start = Number(from);
    end = to === "" ? size - 1 : Math.min(Number(to), size - 1);
  }
  return start <= end && start < size ? { start, end } : null;
}
