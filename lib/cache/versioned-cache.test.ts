import { describe, expect, it } from "vitest";
import { VersionedCache } from "./versioned-cache";

describe("VersionedCache", () => {
  it("serves a value only for the version it was computed from", () => {
    const cache = new VersionedCache<string>(10);
    cache.set("q1:a1", "v1", "words of v1");
    expect(cache.get("q1:a1", "v1")).toBe("words of v1");
    // The data changed: the old value is never served again, not even for its old version.
    expect(cache.get("q1:a1", "v2")).toBeUndefined();
    expect(cache.get("q1:a1", "v1")).toBeUndefined();
  });

  it("keeps keys apart", () => {
    const cache = new VersionedCache<string>(10);
    cache.set("q1:a1", "v", "for a1");
    expect(cache.get("q1:a2", "v")).toBeUndefined();
    expect(cache.get("q2:a1", "v")).toBeUndefined();
  });

  it("drops the least recently used entry past its size", () => {
    const cache = new VersionedCache<number>(2);
    cache.set("a", "v", 1);
    cache.set("b", "v", 2);
    expect(cache.get("a", "v")).toBe(1);
    cache.set("c", "v", 3);
    expect(cache.size).toBe(2);
    expect(cache.get("b", "v")).toBeUndefined();
    expect(cache.get("a", "v")).toBe(1);
    expect(cache.get("c", "v")).toBe(3);
  });
});
