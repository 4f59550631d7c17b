// Prisma 6 needs `url = env(...)` in the datasource block, which Prisma 7 forbids, and does not
// need the app's generator: derive its copy of the schema from the real one.
import { readFileSync, writeFileSync } from "node:fs";

const [source, target] = process.argv.slice(2);
const schema = readFileSync(source, "utf8")
  .replace(/generator\s+\w+\s*\{[^}]*\}/g, "")
  .replace(/(datasource\s+db\s*\{[^}]*provider\s*=\s*"postgresql")/, '$1\n  url      = env("DATABASE_URL")');
writeFileSync(target, schema);
