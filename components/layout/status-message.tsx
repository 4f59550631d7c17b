import Link from "next/link";

/**
 * The body of the 403 and 404 pages. `landmark`: whether it is the page's main landmark; inside the signed-in
 * layout, which has its own <main>, it is not (two main landmarks confuse screen-reader navigation).
 */
export function StatusMessage({ code, title, text, landmark, tone = "muted" }: { code: number; title: string; text: string; landmark: boolean; tone?: "muted" | "error" }) {
  const Element = landmark ? "main" : "div";
  return (
    <Element className="mx-auto max-w-lg px-4 py-24 text-center">
      <p className={`text-sm font-semibold ${tone === "error" ? "text-red-700" : "text-muted"}`}>{code}</p>
      <h1 className="mt-2 text-2xl font-semibold">{title}</h1>
      <p className="mt-2 text-muted">{text}</p>
      <Link href="/dashboard" className="mt-6 inline-block text-brand-700 underline">
        Back to your dashboard
      </Link>
    </Element>
  );
}
