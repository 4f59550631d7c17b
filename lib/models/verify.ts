import "server-only";
import { createHash } from "node:crypto";
import { createReadStream, existsSync, statSync } from "node:fs";
import path from "node:path";
import type { RegisteredFile, RegisteredModel } from "./registry";

export interface FileCheck {
  model: string;
  file: string;
  status: "ok" | "missing" | "mismatch" | "skipped";
  detail?: string;
}

function sha256(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(file)
      .on("data", (chunk) => hash.update(chunk))
      .on("error", reject)
      .on("end", () => resolve(hash.digest("hex")));
  });
}

/** The file on disk: project-relative paths from `root`, absolute (Debian) as they are, `$VAR` from the environment. */
function resolveFile(root: string, file: RegisteredFile, env: NodeJS.ProcessEnv): string | null {
  if (file.path.startsWith("$")) return env[file.path.slice(1)] ?? null;
  return path.isAbsolute(file.path) ? file.path : path.join(root, file.path);
}

/**
 * Checks every registered file against its size and SHA-256. npm and repo files must be there;
 * Debian and configured ones are checked only when installed or configured (the app runs without them).
 */
export async function verifyModels(models: readonly RegisteredModel[], root: string, env: NodeJS.ProcessEnv = process.env): Promise<FileCheck[]> {
  const checks: FileCheck[] = [];
  for (const model of models) {
    for (const file of model.files) {
      const where = resolveFile(root, file, env);
      const optional = model.origin === "debian" || model.origin === "configured";
      const check = { model: model.id, file: where ?? file.path };
      if (file.sha256 === "unset") {
        checks.push({ ...check, status: "skipped", detail: "no checksum recorded yet (model not exported)" });
      } else if (where === null || !existsSync(where)) {
        checks.push({ ...check, status: optional ? "skipped" : "missing", detail: optional ? `${model.origin}: not installed or configured` : undefined });
      } else if (file.sizeBytes !== null && statSync(where).size !== file.sizeBytes) {
        checks.push({ ...check, status: "mismatch", detail: `${statSync(where).size} bytes, registry says ${file.sizeBytes}` });
      } else {
        const actual = await sha256(where);
        checks.push(actual === file.sha256 ? { ...check, status: "ok" } : { ...check, status: "mismatch", detail: `sha256 ${actual}` });
      }
    }
  }
  return checks;
}
