import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** The e2e server's DATA_DIR (e2e/support/server.ts): its database, uploads and mail outbox. */
export const E2E_DATA_DIR = path.resolve(import.meta.dirname, "../../data/e2e");
export const E2E_UPLOADS_DIR = path.join(E2E_DATA_DIR, "uploads");

/** Every file under the e2e server's upload folder, as paths relative to it. */
export function listUploadedFiles(dir = E2E_UPLOADS_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listUploadedFiles(full).map((file) => path.join(name, file)) : [name];
  });
}
