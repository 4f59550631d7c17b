/**
 * Starts the app for end-to-end tests: a fresh embedded database under data/e2e, migrated and
 * seeded, then a production build served on E2E_PORT. Refuses to touch a non-local PostgreSQL.
 */
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { startUploadThingStandIn, standInToken } from "../../lib/testing/uploadthing-stand-in";
import { E2E_DATA_DIR as dataDir } from "./files";
import { UPLOADTHING_E2E, UPLOADTHING_STAND_IN_PORT } from "./uploadthing";

const root = path.resolve(import.meta.dirname, "../..");

if (process.env.DATABASE_URL && !/@(localhost|127\.0\.0\.1|\[::1\])[:/]/.test(process.env.DATABASE_URL)) {
  console.error("Refusing to run end-to-end tests against a non-local DATABASE_URL.");
  process.exit(1);
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  DATA_DIR: dataDir,
  PGLITE_DIR: path.join(dataDir, "pglite"),
  UPLOADS_DIR: path.join(dataDir, "uploads"),
  // No SMTP_URL: account e-mails land in DATA_DIR/outbox, where e2e/support/outbox.ts reads them.
  AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
  PORT: process.env.PORT ?? "3200",
  // Small enough for a test to exceed cheaply; real recordings in the tests are far below it.
  UPLOAD_MAX_BYTES: String(5 * 1024 * 1024),
  // Every test browser comes from 127.0.0.1: allow the suite's own sign-ups.
  AUTH_MAX_SIGNUPS_PER_IP: "200",
};
if (!process.env.DATABASE_URL) rmSync(dataDir, { recursive: true, force: true });

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(" ")} failed`);
    process.exit(result.status ?? 1);
  }
}

run("npx", ["tsx", "scripts/db-migrate.ts"]);
run("npx", ["tsx", "prisma/seed.ts"]);
// `npm run build`: the Next build and the bundled server that `npm run serve` runs.
if (!process.env.E2E_SKIP_BUILD) run("npm", ["run", "build"]);

// Uploads through the UploadThing stand-in instead of local disk; it lives as long as this process.
if (UPLOADTHING_E2E) {
  const token = standInToken();
  const standIn = await startUploadThingStandIn({ token, port: UPLOADTHING_STAND_IN_PORT });
  Object.assign(env, { UPLOADTHING_TOKEN: token }, standIn.overrides);
}

// `npm run serve` itself: it sets the client address from the socket.
const server = spawn("npm", ["run", "--silent", "serve", "--", "-p", env.PORT!, "-H", "127.0.0.1"], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
