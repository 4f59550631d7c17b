/**
 * A throw-away local page for running the app's browser code in headless Debian Chromium without the
 * Next app (evaluations, parity tests): esbuild bundles the entry points, a local HTTP server serves
 * them with the model and wasm folders they fetch, and Playwright's Chromium opens the page.
 * Nothing is cross-origin isolated, like the app, so tfjs picks the same single-threaded SIMD wasm.
 * Node only (node:http, esbuild): browser code must never import this file.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { build } from "esbuild";
import { CHROMIUM_PATH, chromiumArgs } from "./chromium";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".bin": "application/octet-stream",
  ".task": "application/octet-stream",
};

export const chromiumAvailable = () => existsSync(CHROMIUM_PATH);

/** One ESM bundle of `entry` for the browser (tsconfig paths such as "@/..." resolve). */
export async function bundleForBrowser(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "error",
    tsconfig: path.resolve(import.meta.dirname, "../../tsconfig.json"),
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced no bundle for ${entry}`);
  return file.text;
}

export interface LocalSiteOptions {
  /** Exact URL paths answered from memory (e.g. "/page.js"). "/" gets a page loading `script`. */
  files: Record<string, string | Buffer>;
  /** The module script the page at "/" loads. */
  script: string;
  /** URL prefixes (ending in "/") served from a folder on disk; nothing outside the folder. */
  folders?: Record<string, string>;
  /** Anything else the caller answers itself (e.g. frames handed over per request); undefined is a 404. */
  dynamic?: (pathname: string) => Buffer | undefined;
}

function contentType(pathname: string): string {
  return CONTENT_TYPES[path.extname(pathname)] ?? "application/octet-stream";
}

function fromFolder(folders: Record<string, string>, pathname: string): string | undefined {
  for (const [prefix, dir] of Object.entries(folders)) {
    if (!pathname.startsWith(prefix)) continue;
    const file = path.join(dir, path.normalize(pathname.slice(prefix.length)));
    if (file.startsWith(dir + path.sep) && existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

export interface LocalSite {
  origin: string;
  close: () => Promise<void>;
}

export function serveLocalSite(options: LocalSiteOptions): Promise<LocalSite> {
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    if (pathname === "/") {
      res.writeHead(200, { "content-type": "text/html" }).end(`<!doctype html><script type="module" src="${options.script}"></script>`);
      return;
    }
    const inMemory = options.files[pathname] ?? options.dynamic?.(pathname);
    if (inMemory !== undefined) {
      res.writeHead(200, { "content-type": contentType(pathname) }).end(inMemory);
      return;
    }
    const file = fromFolder(options.folders ?? {}, pathname);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": contentType(file) }).end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    ),
  );
}

/**
 * Opens `site` in headless Chromium and waits until the page defines `window[ready]`; page errors are
 * collected so a page that never starts says why.
 */
export async function openLocalPage(site: LocalSite, ready: string): Promise<{ browser: Browser; page: Page; errors: string[] }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs() });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.goto(`${site.origin}/`);
    await page.waitForFunction((name) => name in window, ready, { timeout: 30_000 }).catch(() => {
      throw new Error(`page did not start: ${errors.join("; ") || "no error reported"}`);
    });
    return { browser, page, errors };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
