// Word error rate by Levenshtein alignment over words (pure). No "server-only": imported by the eval CLI and tests.

export interface WerCounts {
  substitutions: number;
  deletions: number;
  insertions: number;
  /** Reference length. */
  n: number;
}

export function wordErrors(ref: readonly string[], hyp: readonly string[]): WerCounts {
  const R = ref.length;
  const H = hyp.length;
  // dp over (ref prefix, hyp prefix): [cost, subs, dels, ins]
  type Cell = [number, number, number, number];
  let prev: Cell[] = Array.from({ length: H + 1 }, (_, j) => [j, 0, 0, j] as Cell);
  for (let i = 1; i <= R; i++) {
    const cur: Cell[] = [[i, 0, i, 0]];
    for (let j = 1; j <= H; j++) {
      const diag = prev[j - 1]!;
      const up = prev[j]!;
      const left = cur[j - 1]!;
      const same = ref[i - 1] === hyp[j - 1];
      const cands: Cell[] = [
        [diag[0] + (same ? 0 : 1), diag[1] + (same ? 0 : 1), diag[2], diag[3]],
        [up[0] + 1, up[1], up[2] + 1, up[3]],
        [left[0] + 1, left[1], left[2], left[3] + 1],
      ];
      cur.push(cands.reduce((a, b) => (b[0] < a[0] ? b : a)));
    }
    prev = cur;
  }
  const last = prev[H]!;
  return { substitutions: last[1], deletions: last[2], insertions: last[3], n: R };
}

export function wer(c: WerCounts): number {
  const errs = c.substitutions + c.deletions + c.insertions;
  return c.n === 0 ? (errs === 0 ? 0 : 1) : errs / c.n;
}
