import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { E2E_DATA_DIR } from "./files";

interface OutboxMail {
  to: string;
  subject: string;
  text: string;
  createdAt: string;
}

const OUTBOX_DIR = path.join(E2E_DATA_DIR, "outbox");

function mailsTo(address: string): OutboxMail[] {
  if (!existsSync(OUTBOX_DIR)) return [];
  return readdirSync(OUTBOX_DIR)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(OUTBOX_DIR, name), "utf8")) as OutboxMail)
    .filter((mail) => mail.to === address);
}

/**
 * The newest account e-mail to this address with this subject. The server has no SMTP_URL in
 * tests, so it keeps each one in its outbox, written just after the form has answered.
 */
export async function latestMail(address: string, subject: string | RegExp): Promise<OutboxMail> {
  let found: OutboxMail | undefined;
  await expect
    .poll(() => {
      found = mailsTo(address).findLast((mail) => (typeof subject === "string" ? mail.subject === subject : subject.test(mail.subject)));
      return Boolean(found);
    }, { message: `an e-mail to ${address} with subject ${String(subject)}` })
    .toBe(true);
  return found!;
}

export function countMails(address: string): number {
  return mailsTo(address).length;
}

/** The link in a mail whose path is `pathname` (the sign-up or reset link). */
export function linkIn(mail: OutboxMail, pathname: string): string {
  const link = mail.text.split(/\s+/).find((word) => word.startsWith("http") && new URL(word).pathname === pathname);
  if (!link) throw new Error(`No ${pathname} link in:\n${mail.text}`);
  return link;
}
