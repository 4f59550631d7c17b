// `npm run serve`: the server bundled by `npm run build` (scripts/build-serve.mjs), run by Node
// with the flags package.json gives it, or one line saying what is missing.
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { SERVE_BUNDLE } from "./lib/serve-bundle.ts";

if (!existsSync(SERVE_BUNDLE)) {
  console.error("[serve] no built app here: run `npm run build` first (npm start does both).");
  process.exit(1);
}
await import(pathToFileURL(SERVE_BUNDLE).href);
