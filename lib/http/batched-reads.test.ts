import { describe, expect, it, vi } from "vitest";
import { batchedReads } from "./batched-reads";

const missing = (id: string) => new Error(`no ${id}`);

describe("batchedReads", () => {
  it("reads the ids asked for in the same moment once, together, each caller getting its own", async () => {
    const readMany = vi.fn(async (ids: string[]) => new Map(ids.map((id) => [id, id.toUpperCase()])));
    const read = batchedReads(readMany, missing);
    expect(await Promise.all([read("a"), read("b"), read("a")])).toEqual(["A", "B", "A"]);
    expect(readMany.mock.calls).toEqual([[["a", "b"]]]);
    expect(await read("c")).toBe("C");
    expect(readMany).toHaveBeenCalledTimes(2);
  });

  it("rejects an id the read did not return, and everyone when the read fails", async () => {
    const read = batchedReads(async () => new Map([["a", 1]]), missing);
    const [a, b] = await Promise.allSettled([read("a"), read("b")]);
    expect(a).toEqual({ status: "fulfilled", value: 1 });
    expect(b).toMatchObject({ status: "rejected", reason: { message: "no b" } });

    const failing = batchedReads<number>(async () => Promise.reject(new Error("offline")), missing);
    const outcomes = await Promise.allSettled([failing("a"), failing("b")]);
    expect(outcomes.map((o) => (o.status === "rejected" ? (o.reason as Error).message : o.value))).toEqual(["offline", "offline"]);
  });
});
