import type { ReactNode } from "react";
import { UploadDriverProvider } from "@/components/interview/upload-driver";
import { AppNav } from "@/components/layout/app-nav";
import { SiteFooter } from "@/components/layout/site-footer";
import { requirePageViewer } from "@/lib/auth/viewer";
import { unreadCommentCount } from "@/lib/comments/coach-comments";
import { activeDriverName } from "@/lib/storage/drivers";
import { signOutAction } from "../(auth)/actions";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const viewer = await requirePageViewer();
  const unreadComments = await unreadCommentCount(viewer);
  return (
    <>
      <AppNav role={viewer.role} name={viewer.name} unreadComments={unreadComments} signOutAction={signOutAction} />
      <main className="mx-auto max-w-6xl px-6 py-8">
        <UploadDriverProvider driver={activeDriverName()}>{children}</UploadDriverProvider>
      </main>
      <SiteFooter />
    </>
  );
}
