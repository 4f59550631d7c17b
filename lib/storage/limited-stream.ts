/**
 * Streaming upload checks, pure over Web streams: sniff the media type from the first bytes and
 * stop as soon as the size cap is passed, without ever buffering the whole body.
 */
import { sniffMedia, SNIFF_BYTES, UNSUPPORTED_MEDIA_MESSAGE, type SniffedMedia } from "@/lib/speech/media-sniff";

/** "50 MB"; a limit under 1 MB in KB, so it never reads "0 MB". */
const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`);

export class UploadTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The file is larger than the ${sizeText(maxBytes)} limit.`);
    this.name = "UploadTooLargeError";
  }
}

export class UnsupportedUploadError extends Error {
  constructor(message = UNSUPPORTED_MEDIA_MESSAGE) {
    super(message);
    this.name = "UnsupportedUploadError";
  }
}

export class EmptyUploadError extends Error {
  constructor() {
    super("The file is empty.");
    this.name = "EmptyUploadError";
  }
}

/**
 * Reads the head of `body` to identify the media by its magic bytes, then returns a stream of the
 * whole body (head included) that errors with UploadTooLargeError once more than `maxBytes` pass.
 */
export async function inspectUpload(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<{ media: SniffedMedia; stream: ReadableStream<Uint8Array> }> {
  const reader = body.getReader();
  const head: Uint8Array[] = [];
  let headBytes = 0;
  while (headBytes < SNIFF_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    head.push(value);
    headBytes += value.byteLength;
  }
  if (headBytes === 0) throw new EmptyUploadError();
  const first = concat(head);
  const media = sniffMedia(first);
  if (!media) {
    await reader.cancel();
    throw new UnsupportedUploadError();
  }

  let total = 0;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      total += first.byteLength;
      if (total > maxBytes) {
        void reader.cancel();
        controller.error(new UploadTooLargeError(maxBytes));
        return;
      }
      controller.enqueue(first);
    },
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) return controller.close();
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        controller.error(new UploadTooLargeError(maxBytes));
        return;
      }
      controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return { media, stream };
}

/**
 * Reads a whole body into memory, stopping with UploadTooLargeError as soon as more than
 * `maxBytes` arrive: for small JSON bodies, whatever Content-Length says (or does not say).
 */
export async function readCapped(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return concat(parts);
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new UploadTooLargeError(maxBytes);
    }
    parts.push(value);
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}
