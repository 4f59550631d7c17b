import { defineConfig } from "prisma/config";

// Prisma 7 reads the connection from here, not from the schema. The app itself never
// uses this file: lib/db/client.ts picks PGlite or PostgreSQL through a driver adapter.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
