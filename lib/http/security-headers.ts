/**
 * The Content-Security-Policy for pages, built per request around a fresh nonce (proxy.ts), the
 * way Next.js documents it: Next puts the nonce on its own scripts when the request carries the
 * policy. 'strict-dynamic' lets those scripts load the app's chunks, workers and the ffmpeg/tfjs
 * modules; 'wasm-unsafe-eval' lets WebAssembly compile (ffmpeg.wasm, tfjs-wasm, MediaPipe), and
 * nothing else is evaluated. Styles allow inline because React and the chart library set style
 * attributes, which a nonce cannot cover. Pure, so it is tested as a string.
 */
export function contentSecurityPolicy({ nonce, dev, uploadOrigins = [] }: { nonce: string; dev: boolean; uploadOrigins?: string[] }): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", "'wasm-unsafe-eval'", ...(dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "blob:", "data:"],
    "media-src": ["'self'", "blob:"],
    "font-src": ["'self'"],
    "worker-src": ["'self'", "blob:"],
    "connect-src": ["'self'", "blob:", "data:", ...uploadOrigins, ...(dev ? ["ws:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** UploadThing's browser endpoints, allowed only when it is the storage driver. */
const UPLOADTHING_ORIGINS = ["https://*.ingest.uploadthing.com", "https://api.uploadthing.com", "https://*.ufs.sh", "https://utfs.io"];

/** The above, and the ingest host UPLOADTHING_INGEST_URL points browsers to instead, if set. */
export function uploadThingOrigins(ingestUrl?: string): string[] {
  return ingestUrl ? [...UPLOADTHING_ORIGINS, new URL(ingestUrl).origin] : UPLOADTHING_ORIGINS;
}

/** A server action posted from another site: Origin's host differs from the Host it was sent to. */
export function isForeignOrigin(origin: string | null, host: string | null): boolean {
  if (!origin) return false; // same-origin form posts from old browsers; Next checks again
  if (origin === "null") return true;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
