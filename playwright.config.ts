import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_PATH, chromiumArgs, E2E_BASE_URL, E2E_PORT } from "./e2e/support/browser";

/**
 * End-to-end tests against a production build on its own embedded database (data/e2e),
 * in Debian's Chromium. `e2e/support/server.ts` migrates and seeds a fresh database first.
 */
export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  fullyParallel: false,
  // Two cores: one browser at a time keeps timings honest and the server responsive.
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  globalSetup: "./e2e/support/global-setup.ts",
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    launchOptions: { executablePath: CHROMIUM_PATH, args: chromiumArgs() },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined }, dependencies: ["setup"] },
  ],
  webServer: {
    command: "npx tsx e2e/support/server.ts",
    url: `${E2E_BASE_URL}/sign-in`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { PORT: String(E2E_PORT) },
  },
});
