// Runs `prisma generate` offline. Prisma's CLI insists on a schema-engine binary before it
// generates, even though generating never uses it, and downloading one is impossible here,
// so point it at a harmless executable unless a real engine was configured.
import { spawnSync } from "node:child_process";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/true";
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
env.CHECKPOINT_DISABLE = "1";

const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
