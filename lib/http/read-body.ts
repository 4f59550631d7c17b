import "server-only";
import { EmptyUploadError, UploadTooLargeError } from "@/lib/storage/limited-stream";

/**
 * Reads a request body into memory, stopping with UploadTooLargeError as soon as more than
 * `maxBytes` arrive (a declared Content-Length over the limit is refused before reading). For
 * files that are parsed whole, such as documents; recordings are streamed to storage instead.
 */
export async function readBodyLimited(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw new UploadTooLargeError(maxBytes);
  if (!request.body) throw new EmptyUploadError();
  const reader = request.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new UploadTooLargeError(maxBytes);
    }
    parts.push(value);
  }
  if (total === 0) throw new EmptyUploadError();
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}
