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
});
