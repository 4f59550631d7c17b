import type { Metadata } from "next";
import Link from "next/link";
import { findEmailToken } from "@/lib/auth/email-tokens";
import { ConfirmSignUpForm } from "../../_components/auth-forms";
import { LinkDoesNotWork } from "../../_components/link-does-not-work";
import { linkToken } from "../../_components/link-token";

// The token is in this page's address: it must not travel on in a Referer header.
export const metadata: Metadata = { title: "Confirm your account", referrer: "no-referrer" };

export default async function ConfirmSignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const token = linkToken(await searchParams);
  const pending = token ? await findEmailToken("SIGN_UP", token) : null;
  if (!token || !pending) {
    return (
      <LinkDoesNotWork lifetime="24 hours">
        <Link href="/sign-up" className="text-brand-700 underline">Sign up again</Link> or{" "}
        <Link href="/sign-in" className="text-brand-700 underline">sign in</Link>.
      </LinkDoesNotWork>
    );
  }
  return (
    <>
      <h1 className="mb-1 text-lg font-semibold">Finish creating your account</h1>
      <p className="mb-4 text-sm text-muted">
        For <strong>{pending.email}</strong>. You decide what is shared, and you can delete everything.
      </p>
      <ConfirmSignUpForm token={token} />
    </>
  );
}
