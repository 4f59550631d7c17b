// A worker in its own process, for the restart test: it uses whatever database the environment
// names (the test's PGlite folder or PostgreSQL) and logs job stages to stdout.
// The test starts it under `--conditions=react-server`, as scripts/lib/react-server.ts does for the CLIs.
import { startWorkers } from "../worker";

await startWorkers();
console.log("WORKER_READY");
