import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { db, type EmailTokenPurpose } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";

/** How long a link works: a day to confirm a new account, an hour to reset a password. */
export const EMAIL_TOKEN_LIFETIME_MS: Record<EmailTokenPurpose, number> = {
  SIGN_UP: 24 * 60 * 60 * 1000,
  PASSWORD_RESET: 60 * 60 * 1000,
};

/** 32 random bytes in base64url, as issueEmailToken writes them; anything else is refused unread. */
export const emailTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This link is not complete.");

// Only the hash is stored: someone who reads the database cannot use a pending link.
const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

interface TokenFields {
  email: string;
  name?: string;
  passwordHash?: string;
  userId?: string;
}

/** Stores a new single-use link and returns its token, to be sent and then forgotten. */
export async function issueEmailToken(purpose: EmailTokenPurpose, fields: TokenFields, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  // Expired links are dead weight (and pending password hashes): drop them as new ones are made.
  await db().emailToken.deleteMany({ where: { expiresAt: { lte: now } } });
  await db().emailToken.create({
    data: { purpose, ...fields, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + EMAIL_TOKEN_LIFETIME_MS[purpose]) },
  });
  return token;
}

/** The link's details while it is valid, without using it up (for the page that asks to confirm). */
export async function findEmailToken(purpose: EmailTokenPurpose, token: string, now = new Date()) {
  if (!emailTokenSchema.safeParse(token).success) return null;
  return db().emailToken.findFirst({
    where: { tokenHash: hashToken(token), purpose, expiresAt: { gt: now } },
    select: { email: true, name: true, userId: true },
  });
}

/**
 * Uses the link up and returns what it carries, or null when it is unknown, expired or for
 * another purpose. One DELETE decides: of two requests with the same link, only one gets it.
 */
export async function consumeEmailToken(purpose: EmailTokenPurpose, token: string, now = new Date()) {
  if (!emailTokenSchema.safeParse(token).success) return null;
  try {
    const row = await db().emailToken.delete({
      where: { tokenHash: hashToken(token) },
      select: { purpose: true, email: true, name: true, passwordHash: true, userId: true, expiresAt: true },
    });
    return row.purpose === purpose && row.expiresAt > now ? row : null;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") return null;
    throw error;
  }
}
