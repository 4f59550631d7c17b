import "server-only";
import type { NextAuthConfig } from "next-auth";
import { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { Role } from "@/lib/db";
import { db } from "@/lib/db";
import { signInSchema } from "@/lib/schemas/auth";
import { verifyPassword } from "./passwords";
import { getAuthSecret } from "./secret";
import { recordSignInFailure, recordSignInSuccess, signInLockedUntil } from "./throttle";

declare module "next-auth" {
  interface User {
    role: Role;
  }
  interface Session {
    user: { id: string; role: Role; name: string; email: string };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
  }
}

export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

export function clientIp(request: Request | undefined): string {
  const forwarded = request?.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request?.headers.get("x-real-ip") || "unknown";
}

export const authConfig = {
  secret: getAuthSecret(),
  // Self-hosted: the Host header is the app's own (set AUTH_URL behind a proxy that rewrites it).
  trustHost: true,
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const ip = clientIp(request);
        if (await signInLockedUntil(email, ip)) throw new RateLimitedSignIn();

        const user = await db().user.findUnique({
          where: { email },
          select: { id: true, email: true, name: true, role: true, passwordHash: true },
        });
        if (!(await verifyPassword(user?.passwordHash ?? null, password)) || !user) {
          await recordSignInFailure(email, ip);
          return null;
        }
        await recordSignInSuccess(email);
        return { id: user.id, email: user.email, name: user.name, role: user.role };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid && token.role) {
        session.user.id = token.uid;
        session.user.role = token.role;
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
