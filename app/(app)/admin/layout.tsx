import type { ReactNode } from "react";
import { requirePageViewer } from "@/lib/auth/viewer";

/** Every admin page is refused (403) to non-admins; the services check the role again. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requirePageViewer("ADMIN");
  return children;
}
