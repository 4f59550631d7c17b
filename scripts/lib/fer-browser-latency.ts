/**
 * Per-face latency of an emotion model in headless Debian Chromium, for eval-fer: bundles
 * fer-browser-entry.ts, serves it with public/ from a throw-away local page (lib/testing/browser-page)
 * and times the app's EmotionEnsemble on the given faces.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { bundleForBrowser, openLocalPage, serveLocalSite } from "@/lib/testing/browser-page";
import type { FerLatencyRequest, FerLatencyResult } from "./fer-browser-protocol";

export { chromiumAvailable } from "@/lib/testing/browser-page";

export async function measureBrowserLatency(request: FerLatencyRequest): Promise<FerLatencyResult> {
  const publicDir = path.resolve("public");
  if (!existsSync(path.join(publicDir, "vendor/tfjs-wasm"))) throw new Error("public/vendor/tfjs-wasm missing: run npm run assets:models");
  // public/ at the site root: models and wasm at the URL paths the app serves them from.
  const site = await serveLocalSite({
    files: { "/fer.js": await bundleForBrowser(path.join(import.meta.dirname, "fer-browser-entry.ts")) },
    script: "/fer.js",
    folders: { "/": publicDir },
  });
  try {
    const { browser, page } = await openLocalPage(site, "ferLatency");
    try {
      return await page.evaluate((req) => window.ferLatency(req), request);
    } finally {
      await browser.close();
    }
  } finally {
    await site.close();
  }
}
