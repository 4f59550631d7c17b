/**
 * Runs once when the Next.js server starts: starts the analysis worker inside the app unless
 * RUN_WORKER_IN_APP=false (then `npm run worker` processes do the work, PostgreSQL only).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  if (!env.RUN_WORKER_IN_APP) return;
  const { startWorkers } = await import("./lib/jobs/worker");
  // A queue that cannot start must not take the web app down: uploads still work and their jobs
  // wait in the database until a worker runs.
  await startWorkers().catch((error: unknown) => console.error("[jobs] could not start the worker:", error));
}
