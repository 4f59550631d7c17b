// The one database entry point: app code, services, the worker, scripts and tests all import `@/lib/db`.
import "server-only";

export { closeDb, db, pgliteInstance, type Db } from "./prisma";
export * from "./generated/enums";
