import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db, type Role } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { auth } from "./index";

export interface Viewer {
  id: string;
  role: Role;
  name: string;
  email: string;
}

/**
 * The signed-in user as the database knows them now. The JWT's role is only a hint: a role
 * change or a deleted account takes effect on the next request, not when the token expires.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return db().user.findUnique({ where: { id }, select: { id: true, role: true, name: true, email: true } });
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
