/**
 * A local stand-in for the hosted UploadThing service (it cannot be reached from here), speaking
 * just the parts of its v7 protocol that our path uses, as the `uploadthing` package's own code
 * does them:
 * - POST /route-metadata: the app's route handler registers the files it presigned, with their
 *   metadata and its callback URL (production mode; the dev-mode stream is not implemented);
 * - HEAD and PUT /<key>: the browser resumes and uploads the file (multipart, field "file") to
 *   the presigned URL, whose signature and expiry are checked; the stand-in stores the bytes,
 *   POSTs the signed "uploaded" callback to the app, and answers the PUT with the app's result,
 *   as ingest does;
 * - POST /callback-result: the app's onUploadComplete result, passed on to the PUT's answer;
 * - GET /a/<appId>/<key>: the file, for the driver's signed-URL reads (Range supported);
 * - POST /v6/deleteFiles: the driver's deletes.
 * `overrides` are the package's own variables that point it here (UPLOADTHING_INGEST_URL,
 * UPLOADTHING_API_URL, UPLOADTHING_UFS_HOST, UPLOADTHING_UFS_APP_ID_LOCATION).
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { z } from "zod";

const tokenSchema = z.object({ apiKey: z.string().startsWith("sk_"), appId: z.string().min(1) });

/** A token in UploadThing's format (base64 JSON) for a stand-in app. */
export function standInToken(apiKey = "sk_stand_in_secret", appId = "standinapp"): string {
  return Buffer.from(JSON.stringify({ apiKey, appId, regions: ["stand-in"] })).toString("base64");
}

export interface StoredUpload {
  bytes: Buffer;
  name: string;
  type: string;
}

export interface UploadThingStandIn {
  origin: string;
  overrides: Record<string, string>;
  /** What is stored now, by file key. */
  files: Map<string, StoredUpload>;
  close(): Promise<void>;
}

/** How the stand-in reaches the app's callback: over HTTP, or straight into a route handler in tests. */
export type DeliverCallback = (request: Request) => Promise<Response>;

const registrationSchema = z.object({
  fileKeys: z.array(z.string()),
  metadata: z.record(z.string(), z.unknown()),
  isDev: z.boolean(),
  callbackUrl: z.url(),
  callbackSlug: z.string(),
});
const callbackResultSchema = z.object({ fileKey: z.string(), callbackData: z.unknown() });
const deleteSchema = z.object({ fileKeys: z.array(z.string()) });

const sign = (payload: string, apiKey: string) => `hmac-sha256=${createHmac("sha256", apiKey).update(payload).digest("hex")}`;

/** UploadThing signs a URL by appending `signature` over the URL without it; `expires` is in ms. */
function validSignedUrl(url: URL, apiKey: string): boolean {
  const signature = url.searchParams.get("signature");
  const unsigned = new URL(url);
  unsigned.searchParams.delete("signature");
  if (!signature || Number(url.searchParams.get("expires")) < Date.now()) return false;
  const expected = Buffer.from(sign(unsigned.toString(), apiKey));
  return expected.length === signature.length && timingSafeEqual(expected, Buffer.from(signature));
}

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of request) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

function json(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

/** The browser uploads from the app's origin to this one. */
function allowCors(request: IncomingMessage, response: ServerResponse) {
  response.setHeader("access-control-allow-origin", "*");
  response.setHeader("access-control-allow-methods", "GET, HEAD, PUT, POST, OPTIONS");
  response.setHeader("access-control-allow-headers", request.headers["access-control-request-headers"] ?? "*");
  response.setHeader("access-control-expose-headers", "x-ut-range-start");
}

export async function startUploadThingStandIn({
  token,
  port = 0,
  deliver = (request) => fetch(request),
}: {
  token: string;
  port?: number;
  deliver?: DeliverCallback;
}): Promise<UploadThingStandIn> {
  const { apiKey, appId } = tokenSchema.parse(JSON.parse(Buffer.from(token, "base64").toString("utf8")));
  const files = new Map<string, StoredUpload>();
  const registered = new Map<string, z.infer<typeof registrationSchema>>();
  const results = new Map<string, unknown>();
  let origin = "";
  let ufsOrigin = "";

  const fromApp = (request: IncomingMessage) => request.headers["x-uploadthing-api-key"] === apiKey;

  async function receiveUpload(request: IncomingMessage, response: ServerResponse, key: string) {
    const registration = registered.get(key);
    if (!registration) return json(response, 404, { error: "Unknown file key" });
    const multipart = new Request(`${origin}/${key}`, {
      method: "PUT",
      headers: { "content-type": request.headers["content-type"] ?? "" },
      body: Readable.toWeb(request) as ReadableStream<Uint8Array>,
      duplex: "half",
    } as RequestInit);
    const file = (await multipart.formData()).get("file");
    if (!(file instanceof Blob)) return json(response, 400, { error: "No file in the upload" });
    const url = new URL(`${origin}${request.url ?? ""}`);
    const name = decodeURIComponent(url.searchParams.get("x-ut-file-name") ?? "file");
    const type = decodeURIComponent(url.searchParams.get("x-ut-file-type") ?? "");
    const bytes = Buffer.from(await file.arrayBuffer());
    files.set(key, { bytes, name, type });

    const fileUrl = `${ufsOrigin}/a/${appId}/${key}`;
    const fileData = { name, size: bytes.byteLength, type, customId: null, key, url: fileUrl, appUrl: fileUrl, ufsUrl: fileUrl, fileHash: createHash("md5").update(bytes).digest("hex") };
    const payload = JSON.stringify({ status: "uploaded", file: fileData, origin, metadata: registration.metadata });
    // The route handler finds the file route by its slug, which UploadThing adds to the callback URL.
    const callbackUrl = new URL(registration.callbackUrl);
    callbackUrl.searchParams.set("slug", registration.callbackSlug);
    const callback = await deliver(
      new Request(callbackUrl, {
        method: "POST",
        headers: { "content-type": "application/json", "uploadthing-hook": "callback", "x-uploadthing-signature": sign(payload, apiKey) },
        body: payload,
      }),
    );
    // In production mode the app posts its result before it answers the callback.
    if (!callback.ok || !results.has(key)) return json(response, 200, { error: `The app's upload callback failed (${callback.status}): ${await callback.text()}` });
    json(response, 200, { url: fileUrl, appUrl: fileUrl, ufsUrl: fileUrl, fileHash: fileData.fileHash, serverData: results.get(key) });
  }

  function serveFile(request: IncomingMessage, response: ServerResponse, key: string) {
    const stored = files.get(key);
    if (!stored) return json(response, 404, { error: "Not found" });
    const total = stored.bytes.byteLength;
    const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.range ?? "");
    if (!range) return response.writeHead(200, { "content-type": stored.type, "content-length": total }).end(stored.bytes);
    const start = Number(range[1]);
    const end = Math.min(total - 1, range[2] ? Number(range[2]) : total - 1);
    response.writeHead(206, { "content-type": stored.type, "content-length": end - start + 1, "content-range": `bytes ${start}-${end}/${total}` });
    response.end(stored.bytes.subarray(start, end + 1));
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    allowCors(request, response);
    const url = new URL(request.url ?? "/", origin);
    const method = request.method ?? "GET";
    if (method === "OPTIONS") return response.writeHead(204).end();
    if (method === "POST" && url.pathname === "/route-metadata") {
      if (!fromApp(request)) return json(response, 401, { error: "Bad API key" });
      const registration = registrationSchema.parse(JSON.parse((await bodyOf(request)).toString("utf8")));
      if (registration.isDev) return json(response, 400, { error: "The stand-in implements production callbacks only" });
      for (const key of registration.fileKeys) registered.set(key, registration);
      return json(response, 200, { ok: true });
    }
    if (method === "POST" && url.pathname === "/callback-result") {
      if (!fromApp(request)) return json(response, 401, { error: "Bad API key" });
      const { fileKey, callbackData } = callbackResultSchema.parse(JSON.parse((await bodyOf(request)).toString("utf8")));
      results.set(fileKey, callbackData);
      return json(response, 200, { ok: true });
    }
    if (method === "POST" && url.pathname === "/v6/deleteFiles") {
      if (!fromApp(request)) return json(response, 401, { error: "Bad API key" });
      const { fileKeys } = deleteSchema.parse(JSON.parse((await bodyOf(request)).toString("utf8")));
      const deletedCount = fileKeys.filter((key) => files.delete(key)).length;
      return json(response, 200, { success: true, deletedCount });
    }
    const read = new RegExp(`^/a/${appId}/([^/]+)$`).exec(url.pathname);
    if (method === "GET" && read) {
      if (!validSignedUrl(new URL(`${ufsOrigin}${request.url ?? ""}`), apiKey)) return json(response, 403, { error: "Bad signature" });
      return serveFile(request, response, read[1]!);
    }
    const upload = /^\/([^/]+)$/.exec(url.pathname);
    if ((method === "PUT" || method === "HEAD") && upload) {
      if (!validSignedUrl(url, apiKey)) return json(response, 403, { error: "Bad signature" });
      if (method === "HEAD") return response.writeHead(200, { "x-ut-range-start": "0" }).end();
      return receiveUpload(request, response, upload[1]!);
    }
    json(response, 404, { error: `The stand-in does not implement ${method} ${url.pathname}` });
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error("[uploadthing stand-in]", error);
      if (!response.headersSent) json(response, 500, { error: String(error) });
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const listening = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${listening}`;
  // The package reads files over http only from a host containing "local"; elsewhere it uses https.
  ufsOrigin = `http://localhost:${listening}`;
  return {
    origin,
    files,
    overrides: {
      UPLOADTHING_INGEST_URL: origin,
      UPLOADTHING_API_URL: origin,
      UPLOADTHING_UFS_HOST: `localhost:${listening}`,
      UPLOADTHING_UFS_APP_ID_LOCATION: "path",
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
