/**
 * Uploaded-video bench: opens /lab/video-file of a running app in headless Debian Chromium and analyses each
 * face video of a folder with the app's own analyseVideoFile, one after another, printing seconds of video
 * analysed per second of wall time (2 = twice real time) → bench/results/video-file.json (committed, like vision.json).
 *
 *   npx tsx scripts/bench-video-file.ts [--base-url http://localhost:3000] [--dir ../shared/data/video] [--only <file>]
 * Files the browser cannot decode (HEVC, MPEG-4 part 2 in Debian's Chromium) are reported and skipped.
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { CHROMIUM_PATH, chromiumArgs } from "../lib/testing/chromium";

const { values } = parseArgs({
  options: {
    "base-url": { type: "string", default: process.env.BASE_URL ?? "http://localhost:3000" },
    dir: { type: "string", default: path.resolve(process.cwd(), "../shared/data/video") },
    only: { type: "string", multiple: true },
  },
});

interface Row {
  file: string;
  status: string;
  analysedSec: number | null;
  framesWallMs: number | null;
  modelsWallMs: number | null;
  framesAnalysed: number | null;
  faceVisibleShare: number | null;
  realTimeFactor: number | null;
  error: string | null;
}

async function main() {
  const dir = values.dir;
  const files = readdirSync(dir)
    .filter((f) => /\.(mp4|mov|webm|mkv)$/i.test(f))
    .filter((f) => !values.only || values.only.includes(f))
    .sort();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs() });
  const rows: Row[] = [];
  try {
    for (const file of files) {
      // A fresh page per file: models load each time, as on the report page, and are timed apart.
      const page = await browser.newPage();
      await page.goto(`${values["base-url"].replace(/\/$/, "")}/lab/video-file`, { waitUntil: "load", timeout: 180_000 });
      await page.getByLabel("Video file").setInputFiles(path.join(dir, file));
      await page.waitForFunction(() => window.__videoFileBench && window.__videoFileBench.status !== "running", null, { timeout: 600_000, polling: 500 });
      const figures = await page.evaluate(() => window.__videoFileBench!);
      const realTimeFactor = figures.analysedSec && figures.framesWallMs ? Math.round((figures.analysedSec / (figures.framesWallMs / 1000)) * 100) / 100 : null;
      const row: Row = { ...figures, realTimeFactor };
      rows.push(row);
      console.log(JSON.stringify(row));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  const done = rows.filter((r) => r.status === "done" && r.analysedSec && r.framesWallMs);
  const totalSec = done.reduce((s, r) => s + r.analysedSec!, 0);
  const totalWall = done.reduce((s, r) => s + r.framesWallMs! / 1000, 0);
  const summary = {
    files: rows.length,
    analysed: done.length,
    videoSec: Math.round(totalSec * 10) / 10,
    framesWallSec: Math.round(totalWall * 10) / 10,
    /** Seconds of video per second of analysis over all decodable files (models loading excluded). */
    realTimeFactor: totalWall > 0 ? Math.round((totalSec / totalWall) * 100) / 100 : null,
    loadAverage: (await import("node:os")).loadavg().map((x) => Math.round(x * 100) / 100),
    rows,
  };
  console.log(JSON.stringify({ realTimeFactor: summary.realTimeFactor, videoSec: summary.videoSec, framesWallSec: summary.framesWallSec }));
  const out = path.join(process.cwd(), "bench", "results", "video-file.json");
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ ...summary, measuredAt: new Date().toISOString() }, null, 2)}\n`);
  console.log(`wrote ${out}`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
