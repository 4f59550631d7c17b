/**
 * Removes `.partial` files that a crashed upload left under UPLOADS_DIR (the local driver writes
 * to `<key>.partial` and renames it when complete). An upload in progress keeps writing, so only
 * files untouched for PARTIAL_MAX_AGE_MS go; run at worker start and with every periodic sweep.
 * Not "server-only": the worker CLI runs it.
 */
import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { uploadsRoot } from "./local-driver";

export const PARTIAL_MAX_AGE_MS = 10 * 60_000;

export async function sweepPartialUploads(now = Date.now(), root = uploadsRoot()): Promise<string[]> {
  const removed: string[] = [];
  let entries;
  try {
    entries = await readdir(root, { recursive: true, withFileTypes: true });
  } catch {
    return removed; // no uploads folder yet
  }
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith(".partial")) continue;
    const file = path.join(entry.parentPath, entry.name);
    const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: now }));
    if (now - mtimeMs < PARTIAL_MAX_AGE_MS) continue;
    await rm(file, { force: true });
    removed.push(file);
  }
  return removed;
}
