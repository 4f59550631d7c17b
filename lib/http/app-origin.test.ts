import { describe, expect, it } from "vitest";
import { appOrigin } from "./app-origin";

describe("appOrigin", () => {
  it("prefers the configured public address, whatever the request says", () => {
    const headers = new Headers({ host: "evil.example" });
    expect(appOrigin(headers, "https://rehearse.example.com/some/path")).toBe("https://rehearse.example.com");
  });

  it("falls back to the request's host, over https only when a trusted proxy said so", () => {
    expect(appOrigin(new Headers({ host: "localhost:3000" }), undefined)).toBe("http://localhost:3000");
    expect(appOrigin(new Headers({ host: "a", "x-forwarded-host": "rehearse.test", "x-forwarded-proto": "https" }), undefined)).toBe(
      "https://rehearse.test",
    );
    expect(appOrigin(new Headers({ host: "[::1]:3000" }), undefined)).toBe("http://[::1]:3000");
  });

  it("never builds a link from a host that is not a plain host name", () => {
    expect(appOrigin(new Headers({ host: "evil.example/path?x=" }), undefined)).toBe("http://localhost");
    expect(appOrigin(new Headers(), undefined)).toBe("http://localhost");
  });
});
