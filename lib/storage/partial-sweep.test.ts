import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PARTIAL_MAX_AGE_MS, sweepPartialUploads } from "./partial-sweep";

describe("sweepPartialUploads", () => {
  it("removes partial files left by a crashed upload and keeps complete and in-progress ones", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "rehearse-sweep-"));
    const folder = path.join(root, "owner1", "answer1");
    mkdirSync(folder, { recursive: true });
    const stale = path.join(folder, "audio-1.webm.partial");
    const fresh = path.join(folder, "audio-2.webm.partial");
    const complete = path.join(folder, "audio-3.webm");
    for (const file of [stale, fresh, complete]) writeFileSync(file, "bytes");
    const now = Date.now();
    const old = (now - PARTIAL_MAX_AGE_MS - 60_000) / 1000;
    utimesSync(stale, old, old);
    utimesSync(complete, old, old);

    expect(await sweepPartialUploads(now, root)).toEqual([stale]);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(complete)).toBe(true);
  });

  it("does nothing when there is no uploads folder", async () => {
    expect(await sweepPartialUploads(Date.now(), path.join(os.tmpdir(), "rehearse-no-such-folder"))).toEqual([]);
  });
});
