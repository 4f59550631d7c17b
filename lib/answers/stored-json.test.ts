import { afterEach, describe, expect, it, vi } from "vitest";
import { readStored, readStoredColumns, storedJsonLog } from "./stored-json";

const warn = vi.spyOn(storedJsonLog, "warn").mockImplementation(() => undefined);
afterEach(() => warn.mockClear());

describe("readStored", () => {
  it("reads nothing stored as null without a log line", () => {
    expect(readStored("speechAnalysis", null, "a1")).toBeNull();
    expect(warn).not.toHaveBeenCalled();
  });

  it("logs a stored value that today's schema rejects, with the answer, column and first issue", () => {
    const older = { version: "scoring@0.1", composure: 3 };
    expect(readStored("scores", older, "a2")).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/^\[stored-json\] answer a2: scores fails today's schema at \S+: /);
  });

  it("passes readable values through", () => {
    expect(readStored("visionTimeline", [], "a3")).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe("readStoredColumns", () => {
  it("reads each column once, listing (and logging) the ones today's schemas reject", () => {
    const older = { version: "scoring@0.1", composure: 3 };
    const read = readStoredColumns({ scores: older, speechAnalysis: null, visionTimeline: [] }, "a4");
    expect(read.values).toEqual({ scores: null, speechAnalysis: null, visionTimeline: [] });
    expect(read.unreadable).toEqual(["scores"]);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
