/**
 * Files kept by the hosted UploadThing service (production option; it has no offline mode).
 * Uploads go straight from the browser to UploadThing through the file router in
 * ./uploadthing-router.ts; this driver only reads and deletes them.
 */
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import { UTApi } from "uploadthing/server";
import { env } from "@/lib/env";
import type { ByteRange, StorageDriver } from "./types";

let api: UTApi | undefined;
function utapi(): UTApi {
  if (!env.UPLOADTHING_TOKEN) throw new Error("UPLOADTHING_TOKEN is not set");
  api ??= new UTApi({ token: env.UPLOADTHING_TOKEN });
  return api;
}

async function fetchFile(key: string, range?: ByteRange): Promise<Response> {
  // Signed locally (no API round trip); files are private, so only the server can read them.
  const { ufsUrl } = await utapi().generateSignedURL(key, { expiresIn: 300 });
  const response = await fetch(ufsUrl, range ? { headers: { Range: `bytes=${range.start}-${range.end}` } } : undefined);
  if (!response.ok || !response.body) throw new Error(`UploadThing returned ${response.status} for ${key}`);
  return response;
}

export const uploadthingDriver: StorageDriver = {
  name: "UPLOADTHING",

  async localCopy(key) {
    const dir = await mkdtemp(path.join(os.tmpdir(), "rehearse-ut-"));
    const file = path.join(dir, "media");
    const response = await fetchFile(key);
    await pipeline(Readable.fromWeb(response.body as NodeWebReadableStream<Uint8Array>), createWriteStream(file));
    return { path: file, release: () => rm(dir, { recursive: true, force: true }) };
  },

  async read(key, range) {
    const response = await fetchFile(key, range);
    const total = response.headers.get("content-range")?.split("/")[1] ?? response.headers.get("content-length") ?? "0";
    return { stream: response.body as ReadableStream<Uint8Array>, sizeBytes: Number(total) };
  },

  async delete(key) {
    await utapi().deleteFiles(key);
  },
};
