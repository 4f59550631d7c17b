// npm run serve (and the end of npm start): the built app behind a small Node HTTP server that
// decides who the client is before Next.js sees the request. Next's own `next start` keeps a
// client-sent X-Forwarded-For as it is, which let a client pick its address for every request
// and defeat per-address sign-in limits. Here the socket's peer (or, with TRUSTED_PROXY_HOPS,
// the entry our own proxies vouch for) goes to the app in one header the client cannot set,
// and HSTS is sent when the request really arrived over HTTPS.
//
// `npm run build` bundles this file into .next/rehearse-serve.mjs (scripts/build-serve.mjs) and
// `npm run serve` runs that bundle with Node alone, no TypeScript loader, and with
// --max-semi-space-size=64 (young generation up to 64 MB a half):
// rendering a report allocates a few megabytes, and with the default the collector took a tenth
// of the server's thread; in bench:http the report served 15% more requests with it.
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { env } from "@/lib/env";
import { CLIENT_IP_HEADER, clientIpFrom } from "@/lib/http/client-ip";

const { values } = parseArgs({
  options: {
    port: { type: "string", short: "p", default: process.env.PORT ?? "3000" },
    hostname: { type: "string", short: "H", default: "0.0.0.0" },
    dev: { type: "boolean", default: false },
  },
});
const port = Number(values.port);
const app = next({ dev: values.dev, hostname: values.hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const firstValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(",") : value);

createServer((req, res) => {
  const trusted = env.TRUSTED_PROXY_HOPS;
  const forwardedFor = firstValue(req.headers["x-forwarded-for"]);
  req.headers[CLIENT_IP_HEADER] = clientIpFrom(req.socket.remoteAddress, forwardedFor, trusted);
  // Below Next, X-Forwarded-* come from us only: what a client wrote is not evidence.
  if (trusted === 0) {
    delete req.headers["x-forwarded-for"];
    delete req.headers["x-forwarded-proto"];
    delete req.headers["x-forwarded-host"];
  }
  const https = "encrypted" in req.socket || (trusted > 0 && firstValue(req.headers["x-forwarded-proto"])?.split(",")[0]?.trim() === "https");
  if (https) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  void handle(req, res);
}).listen(port, values.hostname, () => {
  console.log(`[serve] listening on http://${values.hostname}:${port} (trusted proxy hops: ${env.TRUSTED_PROXY_HOPS})`);
});
