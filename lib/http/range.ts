/**
 * Parses a single HTTP Range header ("bytes=start-end", "bytes=start-", "bytes=-suffix") against a
 * file size. Returns null when there is no usable range (absent, malformed, several ranges: the
 * whole file is sent, as RFC 9110 allows), and "unsatisfiable" for a well-formed range that lies
 * outside the file, which must be answered 416 with the file's size.
 */
export function parseRange(header: string | null, size: number): { start: number; end: number } | "unsatisfiable" | null {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match) return null;
  const [, from, to] = match;
  if (from === "" && to === "") return null;
  let start: number;
  let end: number;
  if (from === "") {
    if (Number(to) === 0) return "unsatisfiable";
    start = Math.max(0, size - Number(to));
    end = size - 1;
  } else {
    start = Number(from);
    if (to !== "" && Number(to) < start) return null; // invalid: ignored, per RFC 9110
    end = to === "" ? size - 1 : Math.min(Number(to), size - 1);
  }
  return size > 0 && start <= end && start < size ? { start, end } : "unsatisfiable";
}
