import { PGlite } from "@electric-sql/pglite";
import { defineConfig } from "prisma/config";
import { PrismaPGlite } from "pglite-prisma-adapter";

// An in-memory PGlite stands in for the database (and the shadow database) that
// `migrate diff --from-migrations` replays the existing migrations into.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "./.work/schema.prisma",
  adapter: async () => new PrismaPGlite(new PGlite()),
});
