/**
 * The address links in e-mails start with. APP_URL when set; otherwise the request's own host,
 * which a client can choose, so lib/env refuses real mail (SMTP_URL) without APP_URL and a
 * Host-built link only ever lands in the local outbox. X-Forwarded-* reach the app only from
 * trusted proxies (scripts/serve.ts drops them otherwise).
 */
export function appOrigin(headers: Headers, configured: string | undefined): string {
  if (configured) return new URL(configured).origin;
  const first = (name: string) => headers.get(name)?.split(",")[0]?.trim() ?? "";
  const host = first("x-forwarded-host") || first("host");
  const protocol = first("x-forwarded-proto") === "https" ? "https" : "http";
  return `${protocol}://${/^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host) ? host : "localhost"}`;
}
