import Image from "next/image";
import Link from "next/link";
import reportScreenshot from "@/public/product/report.webp";
import { buttonClasses } from "@/components/ui/button";
import { getViewer } from "@/lib/auth/viewer";

const PRINCIPLES = [
  {
    title: "Analysis on your device",
    body: "Facial expression and gaze are measured in your browser. Your video never leaves your computer unless you choose to keep it.",
  },
  {
    title: "Observations, not verdicts",
    body: "We report what was observed — \"looked away for 9 of 45 seconds\" — and how sure each number is. Nothing is ever called a lie.",
  },
  {
    title: "Fair comparisons",
    body: "Benchmarks only include candidates who opted in, show the cohort size, and say \"not enough data yet\" rather than guess.",
  },
  {
    title: "Yours to keep or delete",
    body: "Export everything about you, or delete a session or your whole account, at any time.",
  },
];

export default async function LandingPage() {
  const viewer = await getViewer();
  return (
    <main className="mx-auto max-w-5xl px-6 py-16">
      <header className="flex items-center justify-between">
        <span className="text-xl font-semibold text-brand-700">Rehearse</span>
        <nav className="flex gap-2">
          {viewer ? (
            <Link href="/dashboard" className={buttonClasses("primary")}>Open your dashboard</Link>
          ) : (
            <>
              <Link href="/models" className={buttonClasses("ghost")}>How it measures</Link>
              <Link href="/sign-in" className={buttonClasses("ghost")}>Sign in</Link>
              <Link href="/sign-up" className={buttonClasses("primary")}>Start practising</Link>
            </>
          )}
        </nav>
      </header>
      <section className="mt-20 max-w-3xl">
        <h1 className="text-4xl font-semibold tracking-tight sm:text-5xl">Practise interviews on camera. Keep the feedback honest and the data yours.</h1>
        <p className="mt-6 text-lg text-muted">
          Answer timed questions, then see your pace, filler words, pauses, eye contact and facial expression on one replay
          timeline — with the confidence of every number shown.
        </p>
      </section>
      <figure className="mt-14 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
        {/* A real report: one live answer recorded as the demo candidate (scripts/screenshot-report.ts). */}
        <Image
          src={reportScreenshot}
          alt="A practice report for one answer: pace, fillers, repetitions, pauses, pitch range, how the voice sounded, face visible, eye contact, observed expression, the eye region, tips and scores with their confidence"
          priority
          sizes="(min-width: 1024px) 960px, 100vw"
          className="h-auto w-full"
        />
        <figcaption className="border-t border-slate-200 px-4 py-2 text-sm text-muted">
          One answer&apos;s report, as the candidate sees it: every figure says what it was measured from and how sure it is.
        </figcaption>
      </figure>
      <section className="mt-16 grid gap-6 sm:grid-cols-2">
        {PRINCIPLES.map((principle) => (
          <div key={principle.title} className="rounded-xl border border-slate-200 bg-white p-5">
            <h2 className="font-semibold">{principle.title}</h2>
            <p className="mt-2 text-sm text-muted">{principle.body}</p>
          </div>
        ))}
      </section>
    </main>
  );
}
