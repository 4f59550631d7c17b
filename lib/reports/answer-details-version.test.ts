import { describe, expect, it } from "vitest";
import { answerDetailsVersion, type VersionedAnswer } from "./answer-details-version";

const answer = (overrides: Partial<VersionedAnswer> = {}): VersionedAnswer => ({
  status: "DONE",
  updatedAt: new Date("2026-01-01T10:00:00Z"),
  hasVideo: false,
  hasAudio: true,
  comments: [],
  ...overrides,
});

describe("answerDetailsVersion", () => {
  it("is the same for the same answer", () => {
    expect(answerDetailsVersion(answer())).toBe(answerDetailsVersion(answer()));
  });

  it("changes with what the details show: status, an update, recordings, comments", () => {
    const base = answerDetailsVersion(answer());
    for (const changed of [
      answer({ status: "FAILED" }),
      answer({ updatedAt: new Date("2026-01-01T10:00:01Z") }),
      answer({ hasVideo: true }),
      answer({ hasAudio: false }),
      answer({ comments: [{ id: "c1" }] }),
    ]) {
      expect(answerDetailsVersion(changed)).not.toBe(base);
    }
    expect(answerDetailsVersion(answer({ comments: [{ id: "c1" }] }))).not.toBe(answerDetailsVersion(answer({ comments: [{ id: "c2" }] })));
  });

  it("ignores the progress writes of an analysis under way, and not its end", () => {
    const processing = (at: string) => answerDetailsVersion(answer({ status: "PROCESSING", updatedAt: new Date(at) }));
    expect(processing("2026-01-01T10:00:00Z")).toBe(processing("2026-01-01T10:00:03Z"));
    expect(answerDetailsVersion(answer({ updatedAt: new Date("2026-01-01T10:00:03Z") }))).not.toBe(processing("2026-01-01T10:00:03Z"));
  });
});
