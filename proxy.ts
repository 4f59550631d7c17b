/**
 * Runs before every page request (Next.js 16's successor to middleware): a fresh CSP nonce per
 * request, as Next.js documents it (the policy goes on the request, so Next stamps its own scripts
 * with the nonce, and on the response), and a 403 for server actions posted from another site
 * instead of the 500 Next answers with. HSTS is sent by scripts/serve.ts, which knows whether
 * the request came over HTTPS.
 */
import { type NextRequest, NextResponse } from "next/server";
import { env } from "@/lib/env";
import { contentSecurityPolicy, isForeignOrigin, uploadThingOrigins } from "@/lib/http/security-headers";

export function proxy(request: NextRequest) {
  if (request.method === "POST" && request.headers.has("next-action") && isForeignOrigin(request.headers.get("origin"), request.headers.get("host"))) {
    return NextResponse.json({ error: { code: "FORBIDDEN", message: "Actions are only accepted from this site." } }, { status: 403 });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy({
    nonce,
    dev: env.NODE_ENV === "development",
    uploadOrigins: env.UPLOADTHING_TOKEN ? uploadThingOrigins(env.UPLOADTHING_INGEST_URL) : [],
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: API routes answer JSON or media, and static files carry no scripts.
      source: "/((?!api|_next/static|_next/image|icon.svg|models/|vendor/).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
