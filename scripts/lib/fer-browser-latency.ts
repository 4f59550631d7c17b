/**
 * Per-face latency of an emotion model in headless Debian Chromium, for eval-fer: bundles
 * fer-browser-entry.ts with esbuild, serves it with public/ from a throw-away local HTTP server (no
 * cross-origin isolation, like the app, so tfjs picks the same single-threaded SIMD wasm) and times the
 * app's EmotionEnsemble on the given faces.
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium } from "@playwright/test";
import { build } from "esbuild";
import { CHROMIUM_PATH, chromiumArgs } from "@/lib/testing/chromium";
import type { FerLatencyRequest, FerLatencyResult } from "./fer-browser-protocol";

const CONTENT_TYPES: Record<string, string> = {
  ".js": "text/javascript",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".bin": "application/octet-stream",
};

export const chromiumAvailable = () => existsSync(CHROMIUM_PATH);

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(import.meta.dirname, "fer-browser-entry.ts")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "error",
    tsconfig: path.resolve("tsconfig.json"),
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error("esbuild produced no bundle");
  return file.text;
}

/** Serves the bundle at /fer.js and public/ (models and wasm) at their URL paths; nothing else. */
function serve(script: string, publicDir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/") {
      res.writeHead(200, { "content-type": "text/html" }).end('<!doctype html><script type="module" src="/fer.js"></script>');
      return;
    }
    if (url.pathname === "/fer.js") {
      res.writeHead(200, { "content-type": CONTENT_TYPES[".js"] }).end(script);
      return;
    }
    const file = path.join(publicDir, path.normalize(decodeURIComponent(url.pathname)));
    if (!file.startsWith(publicDir + path.sep) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

export async function measureBrowserLatency(request: FerLatencyRequest): Promise<FerLatencyResult> {
  const publicDir = path.resolve("public");
  if (!existsSync(path.join(publicDir, "vendor/tfjs-wasm"))) throw new Error("public/vendor/tfjs-wasm missing: run npm run assets:models");
  const server = await serve(await bundle(), publicDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs() });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => typeof window.ferLatency === "function", undefined, { timeout: 30_000 }).catch(() => {
      throw new Error(`latency page did not start: ${errors.join("; ") || "no error reported"}`);
    });
    return await page.evaluate((req) => window.ferLatency(req), request);
  } finally {
    await browser.close();
    server.close();
  }
}
