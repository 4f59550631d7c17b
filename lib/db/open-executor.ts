/** Opens a raw SQL executor on the configured database (PostgreSQL if DATABASE_URL, else PGlite). */
import "server-only";
import { env, resolveFromRoot } from "../env";
import { openPgliteExecutor, openPostgresExecutor, type SqlExecutor } from "./sql-executor";

export function openConfiguredExecutor(): Promise<SqlExecutor> {
  return env.DATABASE_URL
    ? openPostgresExecutor(env.DATABASE_URL)
    : openPgliteExecutor(resolveFromRoot(env.PGLITE_DIR));
}
