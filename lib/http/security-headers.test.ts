import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isForeignOrigin, uploadThingOrigins } from "./security-headers";

describe("contentSecurityPolicy", () => {
  it("allows scripts only with this request's nonce, and no eval in production", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123", dev: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic' 'wasm-unsafe-eval'");
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it("adds what development and UploadThing need, only then", () => {
    expect(contentSecurityPolicy({ nonce: "n", dev: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: "n", dev: false, uploadOrigins: ["https://x.ingest.uploadthing.com"] })).toContain(
      "connect-src 'self' blob: data: https://x.ingest.uploadthing.com",
    );
    expect(uploadThingOrigins()).toContain("https://*.ingest.uploadthing.com");
    // A stand-in ingest host (UPLOADTHING_INGEST_URL) is allowed by its origin.
    expect(uploadThingOrigins("http://127.0.0.1:3301/")).toContain("http://127.0.0.1:3301");
  });
});

describe("isForeignOrigin", () => {
  it("tells another site's post from our own", () => {
    expect(isForeignOrigin("https://rehearse.example", "rehearse.example")).toBe(false);
    expect(isForeignOrigin("http://127.0.0.1:3200", "127.0.0.1:3200")).toBe(false);
    expect(isForeignOrigin("https://evil.example", "rehearse.example")).toBe(true);
    expect(isForeignOrigin("null", "rehearse.example")).toBe(true);
    expect(isForeignOrigin(null, "rehearse.example")).toBe(false);
  });
});
