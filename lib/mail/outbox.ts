import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { env, resolveFromRoot } from "@/lib/env";
import type { MailMessage } from "./message";

/** Where messages go when no SMTP server is configured (DATA_DIR/outbox). */
export function outboxDir(): string {
  return path.join(resolveFromRoot(env.DATA_DIR), "outbox");
}

/** Every link an account e-mail carries has expired by then (the longest lives 24 hours). */
export const OUTBOX_KEEP_MS = 2 * 24 * 60 * 60 * 1000;

/** Drops kept messages older than OUTBOX_KEEP_MS (file names start with their time in ms). */
async function pruneOutbox(dir: string, now: number): Promise<void> {
  for (const name of await readdir(dir)) {
    const writtenAt = Number(name.split("-")[0]);
    if (Number.isFinite(writtenAt) && now - writtenAt > OUTBOX_KEEP_MS) await rm(path.join(dir, name), { force: true });
  }
}

/**
 * Keeps a message that could not be mailed as one JSON file (written whole, then renamed, so a
 * reader never sees half of one) and prints it to the server log: on a machine with no mail
 * service the operator opens the link from there. Messages whose links have all expired go.
 */
export async function writeToOutbox(message: MailMessage, dir = outboxDir(), now = Date.now()): Promise<string> {
  await mkdir(dir, { recursive: true });
  await pruneOutbox(dir, now);
  const file = path.join(dir, `${now}-${randomUUID()}.json`);
  await writeFile(`${file}.partial`, JSON.stringify({ ...message, createdAt: new Date(now).toISOString() }, null, 2), { mode: 0o600 });
  await rename(`${file}.partial`, file);
  console.info(`[mail] No SMTP_URL is set, so this message was not sent. It is kept in ${file}.\nTo: ${message.to}\nSubject: ${message.subject}\n\n${message.text}\n`);
  return file;
}
