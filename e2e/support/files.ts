import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export const E2E_UPLOADS_DIR = path.resolve(import.meta.dirname, "../../data/e2e/uploads");

/** Every file under the e2e server's upload folder, as paths relative to it. */
export function listUploadedFiles(dir = E2E_UPLOADS_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listUploadedFiles(full).map((file) => path.join(name, file)) : [name];
  });
}
