import "server-only";
import type { z } from "zod";
import { hashPassword } from "@/lib/auth/passwords";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import type { signUpSchema } from "@/lib/schemas/auth";

/**
 * New accounts are always candidates; only an admin can make someone a coach or an admin.
 * Returns "taken" rather than throwing a message that names the address: the action answers a
 * taken email like a wrong password, so sign-up does not tell strangers who has an account.
 */
export async function signUpCandidate(input: z.infer<typeof signUpSchema>): Promise<{ id: string } | "taken"> {
  try {
    return await db().user.create({
      data: { name: input.name, email: input.email, passwordHash: await hashPassword(input.password), role: "CANDIDATE" },
      select: { id: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return "taken";
    throw error;
  }
}
