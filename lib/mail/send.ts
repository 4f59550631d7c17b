import "server-only";
import { createTransport, type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import type { MailMessage } from "./message";
import { writeToOutbox } from "./outbox";

export type MailDelivery = "smtp" | "outbox";

export function mailDelivery(): MailDelivery {
  return env.SMTP_URL ? "smtp" : "outbox";
}

let transporter: Transporter | undefined;

function smtp(url: string): Transporter {
  transporter ??= createTransport(url);
  return transporter;
}

/**
 * Sends one account e-mail through SMTP_URL, or keeps it in the outbox when none is set. Never
 * throws: the caller has already answered the visitor the same way whatever happens here (an
 * answer that changed with delivery would tell strangers which addresses have accounts), so a
 * failure is logged for the operator instead.
 */
export async function sendMail(message: MailMessage): Promise<void> {
  try {
    if (env.SMTP_URL) await smtp(env.SMTP_URL).sendMail({ from: env.MAIL_FROM, ...message });
    else await writeToOutbox(message);
  } catch (error) {
    console.error(`[mail] Could not send "${message.subject}" to ${message.to}:`, error);
  }
}
