import Link from "next/link";

/** The footer of the public pages and the signed-in area: where data goes and how the numbers are made. */
export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-6 py-6 text-sm text-muted">
        <p>Rehearse: open-source interview practice, self-hosted. Observations of a practice answer, never a verdict about you.</p>
        <nav aria-label="Footer" className="flex flex-wrap gap-4">
          <Link href="/privacy" className="underline hover:text-ink">Privacy: what is stored where</Link>
          <Link href="/models" className="underline hover:text-ink">How it measures</Link>
        </nav>
      </div>
    </footer>
  );
}
