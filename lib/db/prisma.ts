/**
 * One Prisma client per process, over PGlite (embedded default) or PostgreSQL (DATABASE_URL).
 * Opened lazily on first use, never at import: `next build` imports route modules, and PGlite
 * must be opened by exactly one instance per process (it does not lock its folder). PGlite runs
 * on a thread of its own (./pglite-thread.ts), so its statements do not hold up page rendering.
 *
 * Everything imports it through `@/lib/db`, the one database entry point.
 */
import "server-only";
import { mkdirSync } from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { env, resolveFromRoot } from "../env";
import { PGliteThread, PGliteThreadAdapterFactory } from "./pglite-thread-client";

// Password hashes are never selected unless a query asks for them explicitly.
const OMIT = { user: { passwordHash: true }, emailToken: { passwordHash: true } } as const;

function newPrismaClient(adapter: PrismaPg | PGliteThreadAdapterFactory) {
  return new PrismaClient({ adapter, omit: OMIT });
}

export type Db = ReturnType<typeof newPrismaClient>;

/** The thread's file, read by Node itself at run time (never bundled). */
const PGLITE_THREAD_FILE = "lib/db/pglite-thread.ts";

function createClient(): { prisma: Db; pglite?: PGliteThread; close: () => Promise<void> } {
  if (env.DATABASE_URL) {
    const prisma = newPrismaClient(new PrismaPg({ connectionString: env.DATABASE_URL }));
    return { prisma, close: () => prisma.$disconnect() };
  }
  // "memory://" keeps the database in memory (tests); anything else is a folder on disk.
  const inMemory = env.PGLITE_DIR.startsWith("memory://");
  const dataDir = inMemory ? env.PGLITE_DIR : resolveFromRoot(env.PGLITE_DIR);
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const pglite: PGliteThread = new PGliteThread(resolveFromRoot(PGLITE_THREAD_FILE), dataDir, (error) => {
    // A failed open must not poison the process: the next call tries again.
    if (globalForDb.rehearseDb?.pglite === pglite) globalForDb.rehearseDb = undefined;
    console.error("[db] the embedded database failed:", error.message);
  });
  const prisma = newPrismaClient(new PGliteThreadAdapterFactory(pglite));
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
 * The embedded database as PGlite's own query/exec/listen, for the job queue to share (PGlite
 * allows one instance per folder). Throws when the app runs on PostgreSQL.
 */
export function pgliteInstance(): PGliteThread["pg"] {
  db();
  const pglite = globalForDb.rehearseDb?.pglite;
  if (!pglite) throw new Error("No embedded PGlite database: DATABASE_URL is set.");
  return pglite.pg;
}

/** For scripts and tests that must release the database (PGlite) before exiting. */
export async function closeDb(): Promise<void> {
  const handle = globalForDb.rehearseDb;
  globalForDb.rehearseDb = undefined;
  await handle?.close();
}
