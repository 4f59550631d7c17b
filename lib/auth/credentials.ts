import "server-only";
import type { JWT } from "@auth/core/jwt";
import type { AdapterUser } from "@auth/core/adapters";
import { CredentialsSignin } from "@auth/core/errors";
import type { Session, User } from "next-auth";
import { db } from "@/lib/db";
import { confirmSignUp } from "@/lib/users/sign-up";
import { CLIENT_IP_HEADER } from "@/lib/http/client-ip";
import { verifyPassword } from "./passwords";
import { admitSignIn, signInSucceeded } from "./throttle";
import { describeWait } from "./throttle-policy";

export class RateLimitedSignIn extends CredentialsSignin {
  constructor(retryAfterMs: number) {
    super();
    // Auth.js passes only `code` back to the sign-in action: carry the wait in it.
    this.code = `rate_limited:${describeWait(retryAfterMs)}`;
  }
}

/** A sign-up link that creates no account: code "taken" (the address has one by now) or "invalid". */
export class SignUpLinkRefused extends CredentialsSignin {
  constructor(reason: "taken" | "invalid") {
    super();
    this.code = `sign_up_link:${reason}`;
  }
}

export async function authorizeSignUpLink(token: unknown) {
  const confirmed = await confirmSignUp(typeof token === "string" ? token : "");
  if (!confirmed.ok) throw new SignUpLinkRefused(confirmed.reason);
  return confirmed.user;
}

/** Set by scripts/serve.ts from the socket (see lib/http/client-ip.ts); never by the client. */
export function clientIp(headers: Headers | undefined): string {
  return headers?.get(CLIENT_IP_HEADER) || "unknown";
}

/**
 * Checks one password under the throttle: the attempt takes its slot before the slow hash
 * comparison, so a burst of parallel requests checks at most the allowed number.
 */
export async function authorizeCredentials(email: string, password: string, ip: string) {
  const admission = await admitSignIn(email, ip);
  if (!admission.ok) throw new RateLimitedSignIn(admission.retryAfterMs);
  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, sessionVersion: true },
  });
  if (!(await verifyPassword(user?.passwordHash ?? null, password)) || !user) return null;
  await signInSucceeded(email, ip);
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}

/** The token's user as stored now, or null when the account is gone or the session was revoked. */
async function currentTokenUser(token: { uid?: string; sv?: number }) {
  if (!token.uid) return null;
  const user = await db().user.findUnique({
    where: { id: token.uid },
    select: { role: true, name: true, email: true, sessionVersion: true },
  });
  return user && user.sessionVersion === (token.sv ?? 0) ? user : null;
}

// Runs on every auth() call and on /api/auth/session: a deleted account or a revoked session
// (sign-out, password change, "sign out everywhere") ends here, whatever the cookie says.
export async function refreshToken({ token, user }: { token: JWT; user?: User | AdapterUser }): Promise<JWT | null> {
  if (user?.id) {
    token.uid = user.id;
    token.role = user.role;
    token.sv = user.sessionVersion;
    return token;
  }
  const current = await currentTokenUser(token);
  if (!current) return null;
  token.role = current.role;
  token.name = current.name;
  token.email = current.email;
  return token;
}

export function sessionFromToken({ session, token }: { session: Session; token: JWT }): Session {
  if (token.uid && token.role) {
    session.user.id = token.uid;
    session.user.role = token.role;
    session.user.name = token.name ?? "";
    session.user.email = token.email ?? "";
  }
  return session;
}
