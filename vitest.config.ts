import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };
// "server-only" throws outside a React Server Components bundle; under vitest the
// modules that import it are exercised directly on Node, which is what it guards.
const serverOnlyStub = { "server-only": path.resolve(import.meta.dirname, "lib/testing/server-only-stub.ts") };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: { ...alias, ...serverOnlyStub } },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts", "app/**/*.test.ts"],
          exclude: ["lib/**/*.db.test.ts", "node_modules/**"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias: { ...alias, ...serverOnlyStub } },
        test: {
          name: "db",
          include: ["lib/**/*.db.test.ts"],
          setupFiles: ["lib/testing/db-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One PGlite instance per file is heavy on 2 cores: run the files one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
