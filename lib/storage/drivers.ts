/**
 * Picks the storage driver: UploadThing when UPLOADTHING_TOKEN is set, local disk otherwise.
 * Reading uses the driver recorded with each file, so switching drivers never strands old files.
 */
import { env } from "@/lib/env";
import { localDriver } from "./local-driver";
import type { StorageDriver } from "./types";
import { uploadthingDriver } from "./uploadthing-driver";

export function activeDriverName(): "LOCAL" | "UPLOADTHING" {
  return env.UPLOADTHING_TOKEN ? "UPLOADTHING" : "LOCAL";
}

export function storageFor(name: "LOCAL" | "UPLOADTHING"): StorageDriver {
  return name === "UPLOADTHING" ? uploadthingDriver : localDriver;
}
