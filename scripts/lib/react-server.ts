// Import first in every CLI that reaches server modules: re-runs the script under Node's
// `--conditions=react-server`, where the "server-only" package is empty, exactly as in Next's
// server bundle. Without it, `import "server-only"` throws, and server modules would have to opt
// out of the guard to be usable from scripts. ES modules evaluate in import order, so this runs
// (and exits) before any later import of the script is evaluated.
import { spawnSync } from "node:child_process";

const CONDITION = "--conditions=react-server";
const underCondition = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].some(
  (flag) => flag === CONDITION || flag === "-C=react-server",
);

if (!underCondition) {
  const child = spawnSync(process.execPath, [...process.execArgv, CONDITION, ...process.argv.slice(1)], { stdio: "inherit" });
  process.exit(child.status ?? 1);
}
