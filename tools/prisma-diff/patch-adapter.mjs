// pglite-prisma-adapter 0.6.1 sends every statement through pglite.query(), a prepared statement,
// so Prisma's schema engine fails to replay a multi-statement migration into the shadow database
// ("cannot insert multiple commands into a prepared statement"). Route parameterless SQL that
// PGlite refuses to prepare through pglite.exec() instead. Idempotent.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const MARKER = "/* rehearse: multi-statement fallback */";
const require = createRequire(import.meta.url);
const distDir = path.dirname(require.resolve("pglite-prisma-adapter"));

for (const file of ["index.mjs", "index.cjs"]) {
  const target = path.join(distDir, file);
  const source = readFileSync(target, "utf8");
  if (source.includes(MARKER)) continue;
  const anchor = /async performIO\(query\) \{\n(\s*)const \{ sql, args: values \} = query;\n/;
  if (!anchor.test(source)) throw new Error(`Could not patch ${target}: performIO not found`);
  const patched = source.replace(
    anchor,
    (match, indent) =>
      `${match}${indent}${MARKER}\n` +
      `${indent}if (values.length === 0 && /;\\s*\\S/.test(sql.trim().replace(/;\\s*$/, ""))) {\n` +
      `${indent}  try { await this.client.exec(sql); } catch (e) { this.onError(e); }\n` +
      `${indent}  return { rows: [], fields: [], affectedRows: 0 };\n` +
      `${indent}}\n`,
  );
  writeFileSync(target, patched);
}
