import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { SignUpForm } from "../_components/auth-forms";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage() {
  if (await getViewer()) redirect("/dashboard");
  return (
    <>
      <h1 className="mb-1 text-lg font-semibold">Create your account</h1>
      <p className="mb-4 text-sm text-muted">Practise interviews privately. You decide what is shared, and you can delete everything.</p>
      <SignUpForm />
    </>
  );
}
