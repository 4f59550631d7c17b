import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatLongDate, formatTime, isoDay } from "./dates";

// 23:30 UTC on 1 December: local time in most of Europe and Asia is already 2 December.
const lateEvening = "2026-12-01T23:30:00.000Z";

describe("dates", () => {
  it("writes every date in UTC, whatever the machine's zone", () => {
    expect(formatDate(lateEvening)).toBe("Dec 1, 2026");
    expect(formatLongDate(new Date(lateEvening))).toBe("December 1, 2026");
    expect(isoDay(Date.parse(lateEvening))).toBe("2026-12-01");
  });

  it("labels times of day as UTC", () => {
    expect(formatDateTime(lateEvening)).toBe("Dec 1, 2026, 11:30 PM UTC");
    expect(formatTime(lateEvening)).toBe("11:30 PM UTC");
  });
});
