import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg px-4 py-24 text-center">
      <p className="text-sm font-semibold text-red-700">403</p>
      <h1 className="mt-2 text-2xl font-semibold">You do not have access to this page</h1>
      <p className="mt-2 text-muted">Your account&apos;s role does not allow it. If you think it should, ask an admin.</p>
      <Link href="/dashboard" className="mt-6 inline-block text-brand-700 underline">
        Back to your dashboard
      </Link>
    </main>
  );
}
