import { emailTokenSchema } from "@/lib/auth/email-tokens";

/** The token of an e-mailed link's `?token=`, or null when it is missing or malformed. */
export function linkToken(searchParams: Record<string, string | string[] | undefined>): string | null {
  const parsed = emailTokenSchema.safeParse(searchParams.token);
  return parsed.success ? parsed.data : null;
}
