// argon2's bundled linux-x64 prebuild crashes (SIGSEGV) on this Debian/Node 20 image, while the
// same source compiled locally works. Check the binding in a child process and, if it cannot hash,
// compile it from source with the node-gyp that ships with npm (needs make, g++, python3).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const probe = `require("argon2").hash("probe").then(() => process.exit(0), () => process.exit(1))`;

function bindingWorks() {
  return spawnSync(process.execPath, ["-e", probe], { stdio: "ignore" }).status === 0;
}

if (bindingWorks()) process.exit(0);

const argon2Dir = path.dirname(require.resolve("argon2/package.json"));
const npmNodeGyp =
  process.env.npm_config_node_gyp ??
  path.join(path.dirname(process.execPath), "../lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js");
const command = existsSync(npmNodeGyp) ? [process.execPath, npmNodeGyp] : ["npx", "--yes", "node-gyp"];
// Offline: compile against the headers installed with Node itself instead of downloading them.
const nodeInstallDir = path.resolve(path.dirname(process.execPath), "..");
const nodedir = existsSync(path.join(nodeInstallDir, "include/node/node.h")) ? [`--nodedir=${nodeInstallDir}`] : [];
console.log("argon2: prebuilt binding unusable here; compiling it from source...");
const build = spawnSync(command[0], [...command.slice(1), "rebuild", ...nodedir], { cwd: argon2Dir, stdio: "inherit" });
if (build.status !== 0 || !bindingWorks()) {
  console.error("argon2: could not build a working binding (is build-essential installed?)");
  process.exit(1);
}
console.log("argon2: compiled binding works.");
