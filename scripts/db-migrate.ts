// npm run db:migrate: applies pending migrations to the configured database (idempotent).
import path from "node:path";
import { applyMigrations } from "@/lib/db/migrate";
import { openConfiguredExecutor } from "@/lib/db/open-executor";
import { env } from "@/lib/env";

const executor = await openConfiguredExecutor();
try {
  const report = await applyMigrations(executor, path.resolve("prisma/migrations"));
  const target = env.DATABASE_URL ? "PostgreSQL" : `PGlite (${env.PGLITE_DIR})`;
  console.log(
    `Migrations on ${target}: ${report.applied.length} applied, ${report.alreadyApplied.length} already up to date.`,
  );
  for (const name of report.applied) console.log(`  applied ${name}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await executor.close();
}
