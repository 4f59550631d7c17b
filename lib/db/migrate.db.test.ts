import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, migrationChecksum, MigrationError, readMigrationFiles } from "./migrate";
import { openConfiguredExecutor } from "./open-executor";
import type { SqlExecutor } from "./sql-executor";

// The setup file has already applied the real migrations to this file's fresh database.
let executor: SqlExecutor;
beforeAll(async () => {
  executor = await openConfiguredExecutor();
});
afterAll(async () => {
  await executor.close();
});

function migrationsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rehearse-migrations-"));
  for (const [name, sql] of Object.entries(files)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

describe("migration runner", () => {
  it("has applied every migration from zero and records them the way Prisma does", async () => {
    const files = await readMigrationFiles(path.resolve("prisma/migrations"));
    const rows = await executor.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((row) => row.migration_name)).toEqual(files.map((file) => file.name));
    for (const [index, row] of rows.entries()) {
      expect(row.checksum).toBe(files[index]?.checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    const tables = await executor.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name IN ('User', 'Answer', 'BenchmarkAggregate')`,
    );
    expect(tables).toHaveLength(3);
  });

  it("is a no-op when run again", async () => {
    const report = await applyMigrations(executor, path.resolve("prisma/migrations"));
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied.length).toBeGreaterThan(0);
  });

  it("rolls back a failing migration, records its error, and retries it later", async () => {
    const good = "CREATE TABLE \"RunnerProbe\" (id INT PRIMARY KEY);";
    const bad = "CREATE TABLE \"HalfDone\" (id INT);\nSELECT * FROM \"NoSuchTable\";";
    const dir = migrationsDir({ "20990101000000_probe": good, "20990102000000_broken": bad });
    const combined = path.resolve("prisma/migrations");
    // Real migrations first (already applied), then the probes.
    for (const file of await readMigrationFiles(combined)) {
      mkdirSync(path.join(dir, file.name));
      writeFileSync(path.join(dir, file.name, "migration.sql"), file.sql);
    }

    await expect(applyMigrations(executor, dir)).rejects.toBeInstanceOf(MigrationError);
    const halfDone = await executor.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'HalfDone'`);
    expect(halfDone).toHaveLength(0);
    const probe = await executor.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'RunnerProbe'`);
    expect(probe).toHaveLength(1);
    const [failure] = await executor.query<{ logs: string; rolled_back_at: Date | null; finished_at: Date | null }>(
      `SELECT logs, rolled_back_at, finished_at FROM "_prisma_migrations" WHERE migration_name = '20990102000000_broken'`,
    );
    expect(failure?.logs).toMatch(/NoSuchTable/);
    expect(failure?.rolled_back_at).not.toBeNull();
    expect(failure?.finished_at).toBeNull();

    // Fixed file: the next run applies it.
    writeFileSync(path.join(dir, "20990102000000_broken", "migration.sql"), "CREATE TABLE \"HalfDone\" (id INT);");
    const report = await applyMigrations(executor, dir);
    expect(report.applied).toEqual(["20990102000000_broken"]);
  });

  it("refuses to continue when an applied migration was edited", async () => {
    const dir = migrationsDir({ "20990101000000_probe": "CREATE TABLE \"RunnerProbe\" (id INT PRIMARY KEY, edited INT);" });
    await expect(applyMigrations(executor, dir)).rejects.toThrow(/was edited after it was applied/);
  });
});

describe("migrationChecksum", () => {
  it("is the lower-case hex SHA-256 of the bytes", () => {
    expect(migrationChecksum("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
