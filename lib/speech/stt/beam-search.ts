// Beam search over an autoregressive decoder, independent of the model (pure apart from the `step` callback).
// No "server-only": imported by the CLIs and tests. Width 1 is exactly greedy decoding.

export interface BeamSearchOptions {
  /** Number of hypotheses kept per step (1 = greedy). */
  width: number;
  /** Token that starts decoding. */
  startToken: number;
  /** Token that ends a hypothesis. */
  eosToken: number;
  /** Most tokens generated (EOS not counted). */
  maxTokens: number;
  /**
   * Finished hypotheses are ranked by sum(log p) / length^lengthPenalty (as in Hugging Face's generate):
   * 0 ranks by raw probability (favours short outputs), 1 by mean log-probability per token.
   */
  lengthPenalty: number;
  /**
   * Runs the decoder one step for every live hypothesis: `tokens[b]` is the last token of hypothesis b,
   * `origins[b]` the index (in the previous step's list) of the hypothesis it extends, or null on the first
   * step (a single hypothesis: the start token). Returns one row of logits per hypothesis.
   */
  step: (tokens: number[], origins: number[] | null) => Promise<Float32Array[]>;
}

export interface BeamSearchResult {
  tokens: number[];
  /** Sum of log-probabilities of the chosen tokens (EOS included when it finished). */
  logProb: number;
  /** True when no hypothesis reached EOS within maxTokens (the best live one is returned). */
  truncated: boolean;
}

interface Hypothesis {
  tokens: number[];
  logProb: number;
}

/** Terms more than this far under the maximum add under 32,000 * e^-30 (1e-9) to the sum: skipped. */
const NEGLIGIBLE_LOGIT_GAP = 30;

/**
 * log(sum(exp(x))) of a logits row, computed stably. It runs on 32k logits every step, so it uses indexed
 * loops and calls exp only for terms that can matter (about 0.3 ms a step otherwise, 6% of decoding).
 */
export function logSumExp(row: Float32Array): number {
  let max = -Infinity;
  for (let i = 0; i < row.length; i++) if (row[i]! > max) max = row[i]!;
  const floor = max - NEGLIGIBLE_LOGIT_GAP;
  let sum = 0;
  for (let i = 0; i < row.length; i++) if (row[i]! > floor) sum += Math.exp(row[i]! - max);
  return max + Math.log(sum);
}

/** The k largest entries of a row, largest first. */
export function topK(row: Float32Array, k: number): { index: number; value: number }[] {
  const index = new Int32Array(k).fill(-1);
  const value = new Float64Array(k).fill(-Infinity);
  for (let i = 0; i < row.length; i++) {
    const v = row[i]!;
    if (v <= value[k - 1]!) continue;
    let at = k - 1;
    while (at > 0 && value[at - 1]! < v) {
      value[at] = value[at - 1]!;
      index[at] = index[at - 1]!;
      at--;
    }
    value[at] = v;
    index[at] = i;
  }
  const out: { index: number; value: number }[] = [];
  for (let j = 0; j < k && index[j]! >= 0; j++) out.push({ index: index[j]!, value: value[j]! });
  return out;
}

function normalised(h: Hypothesis, lengthPenalty: number): number {
  // +1 counts the EOS token, so an immediately finished hypothesis has length 1, not 0.
  return h.logProb / (h.tokens.length + 1) ** lengthPenalty;
}

export async function beamSearch(o: BeamSearchOptions): Promise<BeamSearchResult> {
  const width = Math.max(1, Math.floor(o.width));
  let live: Hypothesis[] = [{ tokens: [], logProb: 0 }];
  let origins: number[] | null = null;
  let lastTokens = [o.startToken];
  const finished: Hypothesis[] = [];

  for (let t = 0; t < o.maxTokens && live.length > 0; t++) {
    const rows = await o.step(lastTokens, origins);
    // 2 * width candidates per hypothesis guarantee `width` live ones even if every EOS candidate is taken.
    const candidates: { from: number; token: number; logProb: number }[] = [];
    live.forEach((h, b) => {
      const row = rows[b]!;
      const norm = logSumExp(row);
      for (const c of topK(row, 2 * width)) candidates.push({ from: b, token: c.index, logProb: h.logProb + c.value - norm });
    });
    candidates.sort((a, b) => b.logProb - a.logProb);

    const next: Hypothesis[] = [];
    const nextOrigins: number[] = [];
    for (const c of candidates) {
      if (next.length === width) break;
      const parent = live[c.from]!;
      if (c.token === o.eosToken) {
        finished.push({ tokens: parent.tokens, logProb: c.logProb });
        continue;
      }
      next.push({ tokens: [...parent.tokens, c.token], logProb: c.logProb });
      nextOrigins.push(c.from);
    }
    live = next;
    origins = nextOrigins;
    lastTokens = next.map((h) => h.tokens[h.tokens.length - 1]!);

    if (finished.length >= width) {
      // Hugging Face's stopping rule: stop once the best live hypothesis, scored at its current length,
      // cannot beat the worst of the `width` best finished ones.
      const ranked = finished.map((h) => normalised(h, o.lengthPenalty)).sort((a, b) => b - a);
      const worstKept = ranked[width - 1]!;
      const bestLive = live.length > 0 ? normalised(live[0]!, o.lengthPenalty) : -Infinity;
      if (width === 1 || bestLive <= worstKept) break;
    }
  }

  if (finished.length > 0) {
    const best = finished.reduce((a, b) => (normalised(b, o.lengthPenalty) > normalised(a, o.lengthPenalty) ? b : a));
    return { tokens: best.tokens, logProb: best.logProb, truncated: false };
  }
  const best = live[0] ?? { tokens: [], logProb: 0 };
  return { tokens: best.tokens, logProb: best.logProb, truncated: true };
}
