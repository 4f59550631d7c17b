// npm run assets:verify (and on every install, after copy-model-assets): checks every model file the
// product loads against lib/models/registry.ts (size and SHA-256). Fails when a file from npm or
// this repository is missing or differs; a differing Debian or configured file fails too, since it
// would change the numbers a report attributes to the registered version.
import "./lib/react-server";
import path from "node:path";
import { MODELS } from "../lib/models/registry";
import { verifyModels } from "../lib/models/verify";

const root = path.resolve(import.meta.dirname, "..");
const checks = await verifyModels(MODELS, root);
const bad = checks.filter((check) => check.status === "missing" || check.status === "mismatch");
for (const check of checks.filter((c) => c.status === "skipped")) console.log(`models: skipped ${check.model} ${check.file}: ${check.detail}`);
if (bad.length > 0) {
  for (const check of bad) console.error(`models: ${check.status} ${check.model} ${check.file}${check.detail ? ` (${check.detail})` : ""}`);
  console.error("A model file differs from lib/models/registry.ts: reinstall (npm ci), or update the registry entry if the model changed on purpose.");
  process.exit(1);
}
console.log(`models: ${checks.filter((c) => c.status === "ok").length} files verified against lib/models/registry.ts`);
