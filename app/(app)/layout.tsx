import type { ReactNode } from "react";
import { AppNav } from "@/components/layout/app-nav";
import { SiteFooter } from "@/components/layout/site-footer";
import { requirePageViewer } from "@/lib/auth/viewer";
import { unreadCommentCount } from "@/lib/comments/coach-comments";
import { signOutAction } from "../(auth)/actions";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const viewer = await requirePageViewer();
  const unreadComments = await unreadCommentCount(viewer);
  return (
    <>
      <AppNav role={viewer.role} name={viewer.name} unreadComments={unreadComments} signOutAction={signOutAction} />
      <main className="mx-auto max-w-6xl px-6 py-8">{children}</main>
      <SiteFooter />
    </>
  );
}
