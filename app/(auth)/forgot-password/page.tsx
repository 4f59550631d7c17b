import type { Metadata } from "next";
import { ForgotPasswordForm } from "../_components/auth-forms";

export const metadata: Metadata = { title: "Forgot your password" };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="mb-1 text-lg font-semibold">Forgot your password?</h1>
      <p className="mb-4 text-sm text-muted">Enter your account&apos;s e-mail address and we will send you a link to choose a new one.</p>
      <ForgotPasswordForm />
    </>
  );
}
