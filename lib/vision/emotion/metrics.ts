/** Pure classification metrics for the emotion evaluation (scripts/eval-fer.ts). */

/** matrix[true][predicted] counts. */
export function confusionMatrix(truth: readonly number[], predicted: readonly number[], classes: number): number[][] {
  if (truth.length !== predicted.length) throw new Error("truth and predictions differ in length");
  const m = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  truth.forEach((t, i) => {
    const p = predicted[i]!;
    if (t < 0 || t >= classes || p < 0 || p >= classes) throw new Error(`class index out of range at ${i}`);
    m[t]![p]! += 1;
  });
  return m;
}

export function accuracy(matrix: number[][]): number {
  let ok = 0;
  let n = 0;
  matrix.forEach((row, i) => row.forEach((v, j) => ((n += v), i === j && (ok += v))));
  return n === 0 ? 0 : ok / n;
}

/** Recall of each class (NaN-free: a class with no examples gets 0). */
export function perClassRecall(matrix: number[][]): number[] {
  return matrix.map((row, i) => {
    const total = row.reduce((a, b) => a + b, 0);
    return total === 0 ? 0 : row[i]! / total;
  });
}

export function perClassPrecision(matrix: number[][]): number[] {
  return matrix.map((_, j) => {
    const total = matrix.reduce((a, row) => a + row[j]!, 0);
    return total === 0 ? 0 : matrix[j]![j]! / total;
  });
}

/** Unweighted mean of per-class F1 (a class with precision = recall = 0 counts as F1 = 0). */
export function macroF1(matrix: number[][]): number {
  const r = perClassRecall(matrix);
  const p = perClassPrecision(matrix);
  const f1 = r.map((ri, i) => {
    const pi = p[i]!;
    return pi + ri === 0 ? 0 : (2 * pi * ri) / (pi + ri);
  });
  return f1.reduce((a, b) => a + b, 0) / f1.length;
}

/** Index of the largest value (first on ties). */
export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}

