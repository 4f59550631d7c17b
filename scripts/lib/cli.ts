// Small helpers shared by the CLIs. Arguments: node:util parseArgs (strict: an unknown option is an error).
import { parseArgs, type ParseArgsConfig } from "node:util";

/** Prints an error to stderr and exits non-zero. */
export function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/** parseArgs, but a usage error (unknown option, missing value) prints `usage` and exits 2 instead of throwing. */
export function parseArgsOrExit<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\nusage: ${usage}`, 2);
  }
}
