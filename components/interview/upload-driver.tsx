"use client";

import { createContext, use, type ReactNode } from "react";
import type { StorageDriver } from "@/lib/db/generated/enums";

/**
 * Which storage driver the server uploads to, decided on the server (lib/storage/drivers.ts) and
 * handed down by the signed-in layout: the browser never sees the token, only its effect.
 */
const UploadDriverContext = createContext<StorageDriver>("LOCAL");

export function UploadDriverProvider({ driver, children }: { driver: StorageDriver; children: ReactNode }) {
  return <UploadDriverContext value={driver}>{children}</UploadDriverContext>;
}

export const useUploadDriver = (): StorageDriver => use(UploadDriverContext);
