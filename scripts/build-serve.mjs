// The last step of `npm run build`: scripts/serve.ts (the Node server in front of Next, see there)
// bundled with esbuild into .next/rehearse-serve.mjs, so that `npm run serve` runs it with Node
// alone. Served through tsx's loader instead, every module Next loads and every stack trace it
// reads went through tsx's hooks: in bench:http the report page cost about 12% more of the server's
// thread (six paired runs). Packages stay external (they load from node_modules as usual); only our own modules and
// the `@/` alias are resolved into the bundle.
import path from "node:path";
import { build } from "esbuild";
import { SERVE_BUNDLE } from "./lib/serve-bundle.ts";

const root = path.resolve(import.meta.dirname, "..");

await build({
  absWorkingDir: root,
  entryPoints: ["scripts/serve.ts"],
  outfile: SERVE_BUNDLE,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node22",
  packages: "external",
  tsconfig: "tsconfig.json",
  logLevel: "warning",
});
console.log(`[build] ${path.relative(root, SERVE_BUNDLE)}`);
