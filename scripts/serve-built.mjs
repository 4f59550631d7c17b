// `npm run serve`: the server bundled by `npm run build` (scripts/build-serve.mjs), run by Node
// with the flags package.json gives it, or one line saying what is missing.
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const bundle = path.resolve(import.meta.dirname, "../.next/rehearse-serve.mjs");
if (!existsSync(bundle)) {
  console.error("[serve] no built app here: run `npm run build` first (npm start does both).");
  process.exit(1);
}
await import(pathToFileURL(bundle).href);
