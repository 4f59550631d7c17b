/**
 * Vitest setup for the "db" project: gives each test file its own empty database with every
 * migration applied, so files never see each other's rows. With TEST_DATABASE_URL (a local
 * PostgreSQL) it creates a throw-away database there; otherwise a PGlite folder in a temp dir.
 * Runs before the test file imports anything, so lib/env sees the variables set here.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Client } from "pg";
import { afterAll, beforeAll } from "vitest";

const adminUrl = process.env.TEST_DATABASE_URL;
const databaseName = `rehearse_test_${randomBytes(6).toString("hex")}`;
let tempDir: string | undefined;

if (adminUrl) {
  if (!/@(localhost|127\.0\.0\.1|\[::1\])[:/]/.test(adminUrl)) throw new Error("TEST_DATABASE_URL must point at a local PostgreSQL.");
  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;
  process.env.DATABASE_URL = url.toString();
} else {
  delete process.env.DATABASE_URL;
  tempDir = mkdtempSync(path.join(os.tmpdir(), "rehearse-test-"));
  process.env.PGLITE_DIR = path.join(tempDir, "pglite");
}
process.env.DATA_DIR ??= tempDir ?? mkdtempSync(path.join(os.tmpdir(), "rehearse-test-"));
process.env.UPLOADS_DIR ??= path.join(process.env.DATA_DIR, "uploads");

async function withAdminClient(run: (client: Client) => Promise<unknown>) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  if (adminUrl) await withAdminClient((client) => client.query(`CREATE DATABASE ${databaseName}`));
  const { applyMigrations } = await import("@/lib/db/migrate");
  const { openConfiguredExecutor } = await import("@/lib/db/open-executor");
  // Migrate, then close: PGlite allows one open instance, and the app client opens it next.
  const executor = await openConfiguredExecutor();
  try {
    await applyMigrations(executor, path.resolve("prisma/migrations"));
  } finally {
    await executor.close();
  }
});

afterAll(async () => {
  const { closeDb } = await import("@/lib/db");
  await closeDb();
  if (adminUrl) await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`));
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});
