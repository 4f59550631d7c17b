import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Privacy: what is stored where" };

interface Row {
  what: string;
  where: string;
  who: string;
  until: string;
}

/**
 * What this installation stores, where, who can see it and until when. Every row is a fact of the code (the
 * Prisma schema, lib/storage, lib/answers, lib/privacy); change this page when one of them changes.
 */
const ROWS: Row[] = [
  {
    what: "Your camera picture",
    where: "Analysed in your browser, frame by frame, and not stored. The video file is uploaded only if you turn on “Keep my answer videos for replay” in Privacy & settings.",
    who: "Nobody, unless you keep videos: then you, the coaches you share with, and admins.",
    until: "Kept videos: until you delete the session or your account.",
  },
  {
    what: "Face and gaze measurements",
    where: "Measured in your browser; the numbers (a per-answer summary and a 4-per-second timeline of expression and gaze) are stored in this installation's database.",
    who: "You; coaches you share with; admins.",
    until: "Until you delete the session or your account.",
  },
  {
    what: "Your answers' audio",
    where: "Uploaded for every spoken answer and stored on this server's disk (or in UploadThing, if the operator configured it). Transcribed on this server: no speech service outside it is used.",
    who: "You; coaches you share with; admins. It plays back in your report.",
    until: "Until you delete the session or your account.",
  },
  {
    what: "Transcripts and speech figures",
    where: "The database: words with their times, pace, fillers, repetitions, pauses, voice figures, scores and tips.",
    who: "You; coaches you share with; admins.",
    until: "Until you delete the session or your account.",
  },
  {
    what: "Written answers and documents",
    where: "The database keeps the text (typed, or extracted from a PDF, DOCX or TXT file) and the file's name; the document file itself is not kept.",
    who: "You; coaches you share with; admins.",
    until: "Until you delete the session or your account.",
  },
  {
    what: "Benchmarks",
    where: "Only if you opt in: each analysed answer's figures are added to running totals per question and bank. Others see percentiles, never your answers or your name.",
    who: "Anonymous totals, shown to candidates once enough people contribute.",
    until: "Withdrawing removes your contribution from the totals at once.",
  },
  {
    what: "Account",
    where: "The database: name, email address, role, an argon2id hash of your password (never the password), your consent choices and a log of when you gave or withdrew each, your gaze calibration, Big Five self-assessments you chose to take.",
    who: "You and admins.",
    until: "Until you delete your account.",
  },
  {
    what: "Sign-in protection",
    where: "Counters of failed sign-ins per email address and per network address, in the database, so guessing passwords is slowed down.",
    who: "Nobody browses them; they only slow down attempts.",
    until: "They start again after a quiet window (15 minutes by default).",
  },
];

export default function PrivacyPage() {
  return (
    <main className="mx-auto max-w-4xl space-y-6 px-6 py-12">
      <header className="space-y-2">
        <Link href="/" className="text-sm text-brand-700 underline">Rehearse</Link>
        <h1 className="text-3xl font-semibold">Privacy: what is stored where</h1>
        <p className="text-muted">
          Rehearse runs on the server of whoever installed it: this page describes what that software stores, not a promise
          about the operator. It has no advertising, no analytics and no tracking; its models run in your browser or on this
          server, and it contacts no other service unless the operator configures UploadThing for file storage.
        </p>
      </header>
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">What is stored, where, who can see it and until when</caption>
          <thead className="border-b border-slate-200 text-muted">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">What</th>
              <th scope="col" className="px-4 py-2 font-medium">Where</th>
              <th scope="col" className="px-4 py-2 font-medium">Who can see it</th>
              <th scope="col" className="px-4 py-2 font-medium">Kept until</th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row.what} className="border-b border-slate-100 align-top last:border-0">
                <th scope="row" className="px-4 py-3 font-medium">{row.what}</th>
                <td className="px-4 py-3">{row.where}</td>
                <td className="px-4 py-3">{row.who}</td>
                <td className="px-4 py-3">{row.until}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section className="space-y-2 text-sm">
        <h2 className="text-lg font-semibold">Coaches</h2>
        <p>
          A coach sees your reports only when an admin has assigned them to you <em>and</em> you have turned on sharing with
          coaches. Turning sharing off hides your reports from them at once; their comments stay on your answers.
        </p>
        <h2 className="text-lg font-semibold">Your rights, in the app</h2>
        <p>
          In Privacy &amp; settings you can download everything stored about you as one file, delete any session (its
          recordings, transcripts, measurements, comments and benchmark contribution) or delete your whole account.
          Deleting removes the database rows in one transaction and the stored files right after.
        </p>
        <h2 className="text-lg font-semibold">What the numbers are</h2>
        <p>
          Facial expression is what a model observed on the face, not what you felt; see{" "}
          <Link href="/models" className="text-brand-700 underline">how it measures</Link> for each model and its measured accuracy.
        </p>
      </section>
    </main>
  );
}
