// Classification figures (pure): confusion matrix, accuracy, macro-F1, per-class recall. The same definitions
// as training/ser/common.py, so the eval CLI and the cross-validation report the same kind of number.

export interface ClassificationFigures {
  n: number;
  accuracy: number;
  macroF1: number;
  perClassRecall: Record<string, number>;
  /** confusion[true][predicted], rows and columns in `classes` order. */
  confusion: number[][];
  classes: string[];
}

const r4 = (x: number) => Math.round(x * 10_000) / 10_000;

export function classificationFigures(truth: readonly number[], predicted: readonly number[], classes: readonly string[]): ClassificationFigures {
  const k = classes.length;
  const confusion = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  truth.forEach((t, i) => confusion[t]![predicted[i]!]!++);
  const rowSum = confusion.map((r) => r.reduce((a, b) => a + b, 0));
  const colSum = classes.map((_, j) => confusion.reduce((a, r) => a + r[j]!, 0));
  const diag = classes.map((_, i) => confusion[i]![i]!);
  const recall = diag.map((d, i) => d / Math.max(1, rowSum[i]!));
  const precision = diag.map((d, i) => d / Math.max(1, colSum[i]!));
  const f1 = recall.map((r, i) => (r + precision[i]! > 0 ? (2 * r * precision[i]!) / (r + precision[i]!) : 0));
  const n = truth.length;
  return {
    n,
    accuracy: r4(n > 0 ? diag.reduce((a, b) => a + b, 0) / n : 0),
    macroF1: r4(f1.reduce((a, b) => a + b, 0) / k),
    perClassRecall: Object.fromEntries(classes.map((c, i) => [c, r4(recall[i]!)])),
    confusion,
    classes: [...classes],
  };
}

export function argmax(p: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i]! > p[best]!) best = i;
  return best;
}
