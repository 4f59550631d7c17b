/**
 * One Prisma client per process, over PGlite (embedded default) or PostgreSQL (DATABASE_URL).
 * Opened lazily on first use, never at import: `next build` imports route modules, and PGlite
 * must be opened by exactly one instance per process (it does not lock its folder).
 *
 * Everything imports it through `@/lib/db`, the one database entry point.
 */
import "server-only";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/client";
import { env, resolveFromRoot } from "../env";

// Password hashes are never selected unless a query asks for them explicitly.
const OMIT = { user: { passwordHash: true }, emailToken: { passwordHash: true } } as const;

function newPrismaClient(adapter: PrismaPg | PrismaPGlite) {
  return new PrismaClient({ adapter, omit: OMIT });
}

export type Db = ReturnType<typeof newPrismaClient>;

function createClient(): { prisma: Db; pglite?: PGlite; close: () => Promise<void> } {
  if (env.DATABASE_URL) {
    const prisma = newPrismaClient(new PrismaPg({ connectionString: env.DATABASE_URL }));
    return { prisma, close: () => prisma.$disconnect() };
  }
  // "memory://" keeps the database in memory (tests); anything else is a folder on disk.
  const inMemory = env.PGLITE_DIR.startsWith("memory://");
  const dataDir = inMemory ? env.PGLITE_DIR : resolveFromRoot(env.PGLITE_DIR);
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const pglite = new PGlite(dataDir);
  const prisma = newPrismaClient(new PrismaPGlite(pglite));
  pglite.waitReady.catch(() => {
    // A failed open must not poison the process: the next call tries again.
    globalForDb.rehearseDb = undefined;
  });
  return {
    prisma,
    pglite,
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

type DbHandle = ReturnType<typeof createClient>;
const globalForDb = globalThis as typeof globalThis & { rehearseDb?: DbHandle };

export function db(): Db {
  globalForDb.rehearseDb ??= createClient();
  return globalForDb.rehearseDb.prisma;
}

/**
 * The embedded database's PGlite instance, for the job queue to share (PGlite allows one instance
 * per folder). Throws when the app runs on PostgreSQL.
 */
export function pgliteInstance(): PGlite {
  db();
  const pglite = globalForDb.rehearseDb?.pglite;
  if (!pglite) throw new Error("No embedded PGlite database: DATABASE_URL is set.");
  return pglite;
}

/** For scripts and tests that must release the database (PGlite) before exiting. */
export async function closeDb(): Promise<void> {
  const handle = globalForDb.rehearseDb;
  globalForDb.rehearseDb = undefined;
  await handle?.close();
}
