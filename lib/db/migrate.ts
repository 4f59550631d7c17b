/**
 * Applies prisma/migrations/<name>/migration.sql files that are not yet applied, recording each
 * in Prisma's own `_prisma_migrations` table exactly as `prisma migrate deploy` would, so either
 * tool can take over a database the other created. Prisma's native migration engine cannot be
 * downloaded here, which is why this runner exists.
 */
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { SqlExecutor } from "./sql-executor";

const MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
);`;

/** Serialises concurrent runners (several app or worker processes starting against one PostgreSQL). */
const ADVISORY_LOCK_ID = 7_265_737_265;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
}

export class MigrationError extends Error {
  constructor(
    readonly migrationName: string,
    cause: unknown,
  ) {
    super(`Migration ${migrationName} failed and was rolled back: ${errorMessage(cause)}`, { cause });
    this.name = "MigrationError";
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Prisma's checksum: lower-case hex SHA-256 of the file's bytes. */
export function migrationChecksum(bytes: Buffer | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export async function readMigrationFiles(migrationsDir: string): Promise<MigrationFile[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const bytes = await readFile(path.join(migrationsDir, name, "migration.sql"));
      return { name, sql: bytes.toString("utf8"), checksum: migrationChecksum(bytes) };
    }),
  );
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
}

export async function applyMigrations(db: SqlExecutor, migrationsDir: string): Promise<MigrationReport> {
  const files = await readMigrationFiles(migrationsDir);
  await db.exec(MIGRATIONS_TABLE);
  await db.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_ID]);
  try {
    const appliedRows = await db.query<AppliedRow>(
      `SELECT migration_name, checksum FROM "_prisma_migrations"
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Map(appliedRows.map((row) => [row.migration_name, row.checksum]));
    const report: MigrationReport = { applied: [], alreadyApplied: [] };

    for (const file of files) {
      const recordedChecksum = applied.get(file.name);
      if (recordedChecksum !== undefined) {
        if (recordedChecksum !== file.checksum) {
          throw new Error(
            `Migration ${file.name} was edited after it was applied (checksum differs). ` +
              "Write a new migration with `npm run db:diff -- <name>` instead of editing an applied one.",
          );
        }
        report.alreadyApplied.push(file.name);
        continue;
      }
      await applyOne(db, file);
      report.applied.push(file.name);
    }
    return report;
  } finally {
    await db.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_ID]);
  }
}

async function applyOne(db: SqlExecutor, file: MigrationFile): Promise<void> {
  const id = randomUUID();
  const startedAt = new Date();
  try {
    // One transaction per file: a failing statement leaves no half-applied migration behind.
    await db.exec(`BEGIN;\n${file.sql}\n;`);
    await db.query(
      `INSERT INTO "_prisma_migrations"
         (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
       VALUES ($1, $2, now(), $3, NULL, NULL, $4, 1)`,
      [id, file.checksum, file.name, startedAt],
    );
    await db.exec("COMMIT;");
  } catch (error) {
    await db.exec("ROLLBACK;").catch(() => undefined);
    // Recorded as failed and rolled back, the way Prisma marks a migration that may be retried.
    await db.query(
      `INSERT INTO "_prisma_migrations"
         (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
       VALUES ($1, $2, NULL, $3, $4, now(), $5, 0)`,
      [id, file.checksum, file.name, errorMessage(error), startedAt],
    );
    throw new MigrationError(file.name, error);
  }
}
