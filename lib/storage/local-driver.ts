import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm, rmdir, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import { env, resolveFromRoot } from "@/lib/env";
import type { StorageDriver, StoredFile } from "./types";

/** Keys are relative paths made by the app (owner/answer/file.ext); refuse anything else. */
function safePath(key: string): string {
  if (!/^[A-Za-z0-9_-]+(\/[A-Za-z0-9_.-]+)+$/.test(key) || key.split("/").includes("..")) {
    throw new Error(`invalid storage key: ${key}`);
  }
  return path.join(uploadsRoot(), key);
}

export const uploadsRoot = () => resolveFromRoot(env.UPLOADS_DIR);

/** Removes the answer and owner folders of a deleted file once they are empty. */
async function pruneEmptyFolders(file: string): Promise<void> {
  const root = uploadsRoot();
  for (let folder = path.dirname(file); folder.startsWith(root + path.sep); folder = path.dirname(folder)) {
    try {
      await rmdir(folder);
    } catch {
      return; // not empty (or already gone): stop climbing
    }
  }
}

type LocalDriver = StorageDriver & {
  write(key: string, body: ReadableStream<Uint8Array>): Promise<StoredFile>;
  /** Everything stored for one account, leftovers included (account deletion). */
  deleteOwner(ownerId: string): Promise<void>;
};

/** Files on local disk under UPLOADS_DIR; served back only through authorisation-checked routes. */
export const localDriver: LocalDriver = {
  name: "LOCAL",

  /** Streams to a temporary file and renames it into place, so a failed upload leaves nothing behind. */
  async write(key, body) {
    const target = safePath(key);
    const partial = `${target}.partial`;
    await mkdir(path.dirname(target), { recursive: true });
    try {
      await pipeline(Readable.fromWeb(body as NodeWebReadableStream<Uint8Array>), createWriteStream(partial));
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    return { key, sizeBytes: (await stat(target)).size };
  },

  async localCopy(key) {
    return { path: safePath(key), release: async () => undefined };
  },

  async read(key, range) {
    const file = safePath(key);
    const { size } = await stat(file);
    const stream = createReadStream(file, range ? { start: range.start, end: range.end } : undefined);
    return { stream: Readable.toWeb(stream) as ReadableStream<Uint8Array>, sizeBytes: size };
  },

  async delete(key) {
    const file = safePath(key);
    await rm(file, { force: true });
    await pruneEmptyFolders(file);
  },

  async deleteOwner(ownerId) {
    if (!/^[A-Za-z0-9_-]+$/.test(ownerId)) throw new Error(`invalid owner id: ${ownerId}`);
    await rm(path.join(uploadsRoot(), ownerId), { recursive: true, force: true });
  },
};
