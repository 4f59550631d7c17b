// npm run db:migrate: applies pending migrations to the configured database (idempotent).
import "./lib/react-server";
import path from "node:path";
import { applyMigrations } from "@/lib/db/migrate";
import { openConfiguredExecutor } from "@/lib/db/open-executor";
import { env } from "@/lib/env";

/** One line for the mistakes people make first, instead of a driver's stack trace. */
function explain(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  const target = env.DATABASE_URL ? new URL(env.DATABASE_URL) : null;
  const name = target?.pathname.slice(1) || "(none)";
  if (code === "3D000") return `Database "${name}" does not exist on ${target?.host}: create it first (for example \`createdb ${name}\`), then run npm run db:migrate again.`;
  if (code === "ECONNREFUSED") return `Nothing is listening at ${target?.host}: is PostgreSQL running, and is DATABASE_URL right?`;
  if (code === "28P01") return `PostgreSQL refused the user or password in DATABASE_URL.`;
  return error instanceof Error ? error.message : String(error);
}

const executor = await openConfiguredExecutor().catch((error: unknown) => {
  console.error(`db:migrate: ${explain(error)}`);
  process.exit(1);
});
try {
  const report = await applyMigrations(executor, path.resolve("prisma/migrations"));
  const target = env.DATABASE_URL ? "PostgreSQL" : `PGlite (${env.PGLITE_DIR})`;
  console.log(
    `Migrations on ${target}: ${report.applied.length} applied, ${report.alreadyApplied.length} already up to date.`,
  );
  for (const name of report.applied) console.log(`  applied ${name}`);
} catch (error) {
  console.error(`db:migrate: ${explain(error)}`);
  process.exitCode = 1;
} finally {
  await executor.close();
}
