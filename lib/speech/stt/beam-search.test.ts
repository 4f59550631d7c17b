import { describe, expect, it } from "vitest";
import { beamSearch, logSumExp, topK } from "./beam-search";

const EOS = 0;
const START = 1;
const A = 2;
const B = 3;
const C = 4;
const VOCAB = 5;

/** A toy decoder: next-token probabilities depend on the last token only. */
type Table = Record<number, Partial<Record<number, number>>>;

function row(probs: Partial<Record<number, number>>): Float32Array {
  const r = new Float32Array(VOCAB).fill(Math.log(1e-9));
  for (const [t, p] of Object.entries(probs)) r[Number(t)] = Math.log(p ?? 0);
  return r;
}

/**
 * Runs beamSearch over the table, checking the `origins` contract on the way: the toy keeps each live
 * hypothesis's history, reordered by `origins`, and every returned row belongs to that history.
 */
async function search(table: Table, width: number, lengthPenalty = 1, maxTokens = 10) {
  let histories: number[][] = [];
  const calls: number[] = [];
  const result = await beamSearch({
    width,
    lengthPenalty,
    startToken: START,
    eosToken: EOS,
    maxTokens,
    step: (tokens, origins) => {
      histories = origins === null ? [tokens] : tokens.map((t, i) => [...histories[origins[i]!]!, t]);
      calls.push(tokens.length);
      return Promise.resolve(histories.map((h) => row(table[h[h.length - 1]!] ?? { [EOS]: 1 })));
    },
  });
  return { result, histories, calls };
}

// Greedy takes A (0.55) and then C (0.34): A C EOS has p = 0.187; B EOS has p = 0.4275.
const TRAP: Table = {
  [START]: { [A]: 0.55, [B]: 0.45 },
  [A]: { [C]: 0.34, [A]: 0.33, [EOS]: 0.33 },
  [B]: { [EOS]: 0.95, [C]: 0.05 },
  [C]: { [EOS]: 1 },
};

describe("beamSearch", () => {
  it("with width 1 is greedy decoding", async () => {
    const { result, calls } = await search(TRAP, 1);
    expect(result.tokens).toEqual([A, C]);
    expect(result.truncated).toBe(false);
    expect(result.logProb).toBeCloseTo(Math.log(0.55 * 0.34 * 1), 5);
    expect(calls).toEqual([1, 1, 1]);
  });

  it("finds the more probable sequence greedy decoding misses", async () => {
    const { result } = await search(TRAP, 2);
    expect(result.tokens).toEqual([B]);
    expect(result.logProb).toBeCloseTo(Math.log(0.45 * 0.95), 5);
  });

  it("passes the decoder one hypothesis first, then `width`, with origins that track each one", async () => {
    const table: Table = {
      [START]: { [A]: 0.5, [B]: 0.3, [C]: 0.2 },
      [A]: { [B]: 0.6, [C]: 0.4 },
      [B]: { [A]: 0.7, [EOS]: 0.3 },
      [C]: { [EOS]: 0.9, [A]: 0.1 },
    };
    const { result, calls } = await search(table, 3, 1, 4);
    expect(calls[0]).toBe(1);
    expect(calls.slice(1).every((n) => n === 3)).toBe(true);
    // The toy's histories are rebuilt from origins alone; the result must be one of the paths they allow.
    const p = result.tokens.reduce(
      (acc, t, i) => acc * (table[i === 0 ? START : result.tokens[i - 1]!]![t] ?? 0),
      1,
    ) * (table[result.tokens[result.tokens.length - 1]!]![EOS] ?? 0);
    expect(Math.log(p)).toBeCloseTo(result.logProb, 5);
  });

  it("length penalty 0 prefers the most probable sequence, whatever its length", async () => {
    const table: Table = {
      [START]: { [A]: 0.5, [B]: 0.5 },
      [A]: { [EOS]: 0.4, [C]: 0.6 },
      [B]: { [C]: 1 },
      [C]: { [EOS]: 1 },
    };
    // Sequences: A EOS (0.2), A C EOS (0.3), B C EOS (0.5).
    expect((await search(table, 3, 0)).result.tokens).toEqual([B, C]);
  });

  it("returns the best live hypothesis, marked truncated, when no hypothesis ends in time", async () => {
    const loop: Table = { [START]: { [A]: 0.9, [B]: 0.1 }, [A]: { [A]: 0.9, [B]: 0.1 }, [B]: { [A]: 1 } };
    const { result } = await search(loop, 2, 1, 5);
    expect(result.truncated).toBe(true);
    expect(result.tokens).toEqual([A, A, A, A, A]);
  });
});

describe("helpers", () => {
  it("topK returns the largest entries, largest first", () => {
    expect(topK(Float32Array.from([0.1, 5, -2, 3, 5.5]), 3)).toEqual([
      { index: 4, value: 5.5 },
      { index: 1, value: 5 },
      { index: 3, value: 3 },
    ]);
  });
  it("logSumExp is stable for large logits", () => {
    expect(logSumExp(Float32Array.from([1000, 1000]))).toBeCloseTo(1000 + Math.log(2), 4);
    expect(logSumExp(Float32Array.from([Math.log(0.25), Math.log(0.75)]))).toBeCloseTo(0, 6);
  });
});
