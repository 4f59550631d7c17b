import type { Metadata } from "next";
import Link from "next/link";
import { findEmailToken } from "@/lib/auth/email-tokens";
import { ResetPasswordForm } from "../_components/auth-forms";
import { LinkDoesNotWork } from "../_components/link-does-not-work";
import { linkToken } from "../_components/link-token";

// The token is in this page's address: it must not travel on in a Referer header.
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const token = linkToken(await searchParams);
  const pending = token ? await findEmailToken("PASSWORD_RESET", token) : null;
  if (!token || !pending) {
    return (
      <LinkDoesNotWork lifetime="an hour">
        <Link href="/forgot-password" className="text-brand-700 underline">Ask for a new link</Link>
      </LinkDoesNotWork>
    );
  }
  return (
    <>
      <h1 className="mb-1 text-lg font-semibold">Choose a new password</h1>
      <p className="mb-4 text-sm text-muted">
        For <strong>{pending.email}</strong>.
      </p>
      <ResetPasswordForm token={token} />
    </>
  );
}
