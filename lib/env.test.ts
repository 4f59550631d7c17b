import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("environment", () => {
  it("refuses RUN_WORKER_IN_APP=false with the embedded database, saying why", () => {
    expect(() => parseEnv({ RUN_WORKER_IN_APP: "false" })).toThrow(/RUN_WORKER_IN_APP=false needs DATABASE_URL/);
    expect(parseEnv({ RUN_WORKER_IN_APP: "false", DATABASE_URL: "postgresql://u:p@localhost:5432/app" }).RUN_WORKER_IN_APP).toBe(false);
    expect(parseEnv({}).RUN_WORKER_IN_APP).toBe(true);
  });

  it("trusts no proxy unless told", () => {
    expect(parseEnv({}).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "1" }).TRUSTED_PROXY_HOPS).toBe(1);
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: "-1" })).toThrow(/TRUSTED_PROXY_HOPS/);
  });

  it("sends real mail only with a configured public address for its links", () => {
    expect(parseEnv({}).SMTP_URL).toBeUndefined();
    expect(() => parseEnv({ SMTP_URL: "smtp://mail.example.com:587" })).toThrow(/SMTP_URL needs APP_URL/);
    expect(parseEnv({ SMTP_URL: "smtps://u:p@mail.example.com", APP_URL: "https://rehearse.example.com" }).APP_URL).toBe(
      "https://rehearse.example.com",
    );
    expect(() => parseEnv({ SMTP_URL: "https://mail.example.com", APP_URL: "https://rehearse.example.com" })).toThrow(/SMTP_URL/);
  });
});
