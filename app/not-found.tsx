import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg px-4 py-24 text-center">
      <p className="text-sm font-semibold text-muted">404</p>
      <h1 className="mt-2 text-2xl font-semibold">Nothing here</h1>
      <p className="mt-2 text-muted">It does not exist, or it is not yours to see.</p>
      <Link href="/dashboard" className="mt-6 inline-block text-brand-700 underline">
        Back to your dashboard
      </Link>
    </main>
  );
}
