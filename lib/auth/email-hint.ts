/**
 * "you@gmial.com" -> "you@gmail.com": a hint shown under the sign-up email field, since a
 * mistyped address cannot be recovered later (there is no email confirmation). Browser-safe.
 */
import { run as suggestEmail } from "@zootools/email-spell-checker";

/** The likely intended address, or null when the domain looks right. */
export function emailDomainHint(email: string): string | null {
  return suggestEmail({ email: email.trim() })?.full ?? null;
}
