import "server-only";
import type { z } from "zod";
import { hashPassword } from "@/lib/auth/passwords";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import type { signUpSchema } from "@/lib/schemas/auth";

/** New accounts are always candidates; only an admin can make someone a coach or an admin. */
export async function signUpCandidate(input: z.infer<typeof signUpSchema>) {
  try {
    return await db().user.create({
      data: { name: input.name, email: input.email, passwordHash: await hashPassword(input.password), role: "CANDIDATE" },
      select: { id: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.");
    }
    throw error;
  }
}
