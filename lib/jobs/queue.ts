/**
 * The durable job queue: pg-boss over the app's own database. Embedded mode runs pg-boss on the
 * same PGlite instance as Prisma (one process owns the folder, so the worker runs in the app);
 * with PostgreSQL, pg-boss has its own pool and any number of `npm run worker` processes share it.
 * Jobs and their retries live in the database, so they survive restarts.
 */
import "server-only";
import { PgBoss, fromPglite } from "pg-boss";
import { env } from "@/lib/env";
import { pgliteInstance } from "@/lib/db";
import { JOB_DEFINITIONS } from "./definitions";

export const QUEUE_MONITOR_SECONDS = 10;

const globalForQueue = globalThis as typeof globalThis & { rehearseBoss?: Promise<PgBoss>; rehearseLocalWorkers?: Map<string, string> };

/** Worker ids of this process's own workers, by queue name (see wakeLocalWorker). */
function localWorkers(): Map<string, string> {
  globalForQueue.rehearseLocalWorkers ??= new Map();
  return globalForQueue.rehearseLocalWorkers;
}

export function registerLocalWorker(queueName: string, workerId: string): void {
  localWorkers().set(queueName, workerId);
}

/**
 * A job sent by this process starts at once on this process's own worker instead of at its next poll
 * (pg-boss polls every 2 s: about a second of every analysis was spent waiting). Workers elsewhere
 * still find it by polling.
 */
export async function wakeLocalWorker(queueName: string): Promise<void> {
  const workerId = localWorkers().get(queueName);
  if (workerId) (await queue()).notifyWorker(workerId);
}

async function startBoss(): Promise<PgBoss> {
  // The monitor pass is what finds jobs whose worker died (no heartbeat) and retries them, so it,
  // not only supervision, sets the crash-to-retry time (see heartbeatSeconds in ./definitions.ts).
  const common = {
    schema: "pgboss",
    superviseIntervalSeconds: QUEUE_MONITOR_SECONDS,
    monitorIntervalSeconds: QUEUE_MONITOR_SECONDS,
  } as const;
  const boss = env.DATABASE_URL
    ? new PgBoss({ ...common, connectionString: env.DATABASE_URL })
    : new PgBoss({ ...common, db: fromPglite(pgliteInstance()), backend: "pglite" });
  boss.on("error", (error) => console.error("[jobs] queue error:", error));
  await boss.start();
  for (const definition of Object.values(JOB_DEFINITIONS)) {
    await boss.createQueue(definition.name, definition.queue);
  }
  return boss;
}

/** The process's one pg-boss instance, started on first use. */
export function queue(): Promise<PgBoss> {
  globalForQueue.rehearseBoss ??= startBoss().catch((error: unknown) => {
    globalForQueue.rehearseBoss = undefined;
    throw error;
  });
  return globalForQueue.rehearseBoss;
}

export async function stopQueue(): Promise<void> {
  const boss = globalForQueue.rehearseBoss;
  localWorkers().clear();
  globalForQueue.rehearseBoss = undefined;
  if (boss) await (await boss).stop({ graceful: true, timeout: 30_000 });
}
