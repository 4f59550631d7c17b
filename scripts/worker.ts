// npm run worker: a standalone analysis worker for production on PostgreSQL. Several can run at
// once against one database; pg-boss hands each job to exactly one of them.
import "./lib/react-server";
import { env } from "@/lib/env";
import { stopQueue } from "@/lib/jobs/queue";
import { startWorkers } from "@/lib/jobs/worker";

if (!env.DATABASE_URL) {
  console.error(
    "npm run worker needs DATABASE_URL (PostgreSQL). With the embedded database the worker runs inside the app " +
      "(RUN_WORKER_IN_APP=true), because only one process may open a PGlite folder.",
  );
  process.exit(1);
}

await startWorkers();
console.log("[worker] waiting for jobs; Ctrl+C to stop");
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.log(`[worker] ${signal}: finishing the current job...`);
    void stopQueue().then(() => process.exit(0));
  });
}
