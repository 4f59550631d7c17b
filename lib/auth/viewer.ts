import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { auth } from "./index";

export interface Viewer {
  id: string;
  role: Role;
  name: string;
  email: string;
}

/**
 * The signed-in user as the database knows them now: the session callback (lib/auth/config.ts)
 * re-reads the account on every request, so a role change, a deleted account or a revoked
 * session takes effect on the next request, not when the cookie expires.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const user = session?.user;
  // The types promise a role; the session comes from a cookie through the callback, so check anyway.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  if (!user?.id || !user.role) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email };
});

/** For services, actions and route handlers: throws 401/403 as an AppError. */
export async function requireViewer(...roles: Role[]): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  if (roles.length > 0 && !roles.includes(viewer.role)) {
    throw new AppError("FORBIDDEN", "Your account is not allowed to do this.");
  }
  return viewer;
}

/** For pages: redirects to sign-in, or renders the 403 page. */
export async function requirePageViewer(...roles: Role[]): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  if (roles.length > 0 && !roles.includes(viewer.role)) forbidden();
  return viewer;
}
