import "server-only";
import { createTransport, type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import type { MailMessage } from "./message";
import { writeToOutbox } from "./outbox";

export type MailDelivery = "smtp" | "outbox";

export function mailDelivery(): MailDelivery {
  return env.SMTP_URL ? "smtp" : "outbox";
}

interface MailConfig {
  smtpUrl?: string;
  from: string;
}

const transporters = new Map<string, Transporter>();

function smtp(url: string): Transporter {
  let transporter = transporters.get(url);
  if (!transporter) transporters.set(url, (transporter = createTransport(url)));
  return transporter;
}

/**
 * Sends one account e-mail through SMTP_URL, or keeps it in the outbox when none is set. Never
 * throws: the visitor has already been answered the same way whatever happens here (an answer
 * that changed with delivery would tell strangers which addresses have accounts), so a failure
 * is logged for the operator instead. Returns whether the message went where it should.
 */
export async function sendMail(message: MailMessage, config: MailConfig = { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM }): Promise<boolean> {
  try {
    if (config.smtpUrl) await smtp(config.smtpUrl).sendMail({ from: config.from, ...message });
    else await writeToOutbox(message);
    return true;
  } catch (error) {
    console.error(`[mail] Could not send "${message.subject}" to ${message.to}:`, error);
    return false;
  }
}
