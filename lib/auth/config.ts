import "server-only";
import type { NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { Role } from "@/lib/db";
import { signInSchema } from "@/lib/schemas/auth";
import { logAuthError } from "./auth-logger";
import { authorizeCredentials, authorizeSignUpLink, clientIp, refreshToken, sessionFromToken } from "./credentials";
import { getAuthSecret } from "./secret";

export const SIGN_UP_LINK_PROVIDER = "sign-up-link";

declare module "next-auth" {
  interface User {
    role: Role;
    sessionVersion: number;
  }
  interface Session {
    user: { id: string; role: Role; name: string; email: string };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    /** User.sessionVersion when the session was issued; a different one means it was revoked. */
    sv?: number;
  }
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
        return authorizeCredentials(parsed.data.email, parsed.data.password, clientIp(request.headers));
      },
    }),
    // Opening the link e-mailed at sign-up creates the account and signs its owner in.
    Credentials({ id: SIGN_UP_LINK_PROVIDER, credentials: { token: {} }, authorize: (raw) => authorizeSignUpLink(raw.token) }),
  ],
  callbacks: {
    jwt: refreshToken,
    session: sessionFromToken,
  },
  logger: { error: (error) => logAuthError(error) },
} satisfies NextAuthConfig;
