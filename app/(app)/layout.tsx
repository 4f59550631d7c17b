import type { ReactNode } from "react";
import { AppNav } from "@/components/layout/app-nav";
import { requirePageViewer } from "@/lib/auth/viewer";
import { signOutAction } from "../(auth)/actions";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const viewer = await requirePageViewer();
  return (
    <>
      <AppNav role={viewer.role} name={viewer.name} signOutAction={signOutAction} />
      <main className="mx-auto max-w-6xl px-6 py-8">{children}</main>
    </>
  );
}
