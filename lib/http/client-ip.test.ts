import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";

describe("clientIpFrom", () => {
  it("ignores X-Forwarded-For without trusted proxies, so rotating it changes nothing", () => {
    expect(clientIpFrom("198.51.100.7", "1.2.3.4", 0)).toBe("198.51.100.7");
    expect(clientIpFrom("198.51.100.7", "5.6.7.8, 9.9.9.9", 0)).toBe("198.51.100.7");
    expect(clientIpFrom("::ffff:198.51.100.7", undefined, 0)).toBe("198.51.100.7");
  });

  it("believes exactly as many entries as there are trusted hops", () => {
    // client -> proxy (adds the client's address) -> app
    expect(clientIpFrom("10.0.0.2", "203.0.113.9", 1)).toBe("203.0.113.9");
    // a client forging the header cannot move further left than the trusted proxy allows
    expect(clientIpFrom("10.0.0.2", "1.1.1.1, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientIpFrom("10.0.0.2", "1.1.1.1, 203.0.113.9, 10.0.0.1", 2)).toBe("203.0.113.9");
  });

  it("uses the leftmost entry when there are fewer entries than hops", () => {
    expect(clientIpFrom("10.0.0.2", undefined, 3)).toBe("10.0.0.2");
    expect(clientIpFrom(undefined, undefined, 0)).toBe("unknown");
  });
});
