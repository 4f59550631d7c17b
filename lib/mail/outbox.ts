import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { env, resolveFromRoot } from "@/lib/env";
import type { MailMessage } from "./message";

/** Where messages go when no SMTP server is configured (DATA_DIR/outbox). */
export function outboxDir(): string {
  return path.join(resolveFromRoot(env.DATA_DIR), "outbox");
}

/**
 * Keeps a message that could not be mailed as one JSON file (written whole, then renamed, so a
 * reader never sees half of one) and prints it to the server log: on a machine with no mail
 * service the operator opens the link from there.
 */
export async function writeToOutbox(message: MailMessage, dir = outboxDir()): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${Date.now()}-${randomUUID()}.json`);
  await writeFile(`${file}.partial`, JSON.stringify({ ...message, createdAt: new Date().toISOString() }, null, 2), { mode: 0o600 });
  await rename(`${file}.partial`, file);
  console.info(`[mail] No SMTP_URL is set, so this message was not sent. It is kept in ${file}.\nTo: ${message.to}\nSubject: ${message.subject}\n\n${message.text}\n`);
  return file;
}
