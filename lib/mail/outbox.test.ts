import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { OUTBOX_KEEP_MS, writeToOutbox } from "./outbox";

describe("outbox", () => {
  it("keeps each unsent message whole in its own JSON file and prints it for the operator", async () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), "rehearse-outbox-")), "outbox");
    const log = vi.spyOn(console, "info").mockImplementation(() => {});
    const message = { to: "nia@example.test", subject: "Confirm your Rehearse account", text: "Open this link:\nhttp://x/sign-up/confirm?token=abc" };
    const file = await writeToOutbox(message, dir);
    await writeToOutbox({ ...message, to: "other@example.test" }, dir);
    expect(readdirSync(dir).filter((name) => name.endsWith(".json"))).toHaveLength(2);
    expect(readdirSync(dir).some((name) => name.endsWith(".partial"))).toBe(false);
    expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject(message);
    expect(log.mock.calls[0]?.[0]).toContain("http://x/sign-up/confirm?token=abc");
    log.mockRestore();
  });

  it("drops kept messages once every link they could carry has expired", async () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), "rehearse-outbox-")), "outbox");
    const log = vi.spyOn(console, "info").mockImplementation(() => {});
    const message = { to: "nia@example.test", subject: "Choose a new Rehearse password", text: "..." };
    const now = Date.now();
    const old = await writeToOutbox(message, dir, now - OUTBOX_KEEP_MS - 1);
    const recent = await writeToOutbox(message, dir, now - OUTBOX_KEEP_MS + 60_000);
    const latest = await writeToOutbox(message, dir, now);
    expect(readdirSync(dir).map((name) => path.join(dir, name)).sort()).toEqual([recent, latest].sort());
    expect(old).not.toBe(recent);
    log.mockRestore();
  });
});
