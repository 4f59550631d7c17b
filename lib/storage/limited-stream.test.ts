import { describe, expect, it } from "vitest";
import { EmptyUploadError, inspectUpload, readCapped, UnsupportedUploadError, UploadTooLargeError } from "./limited-stream";

const WEBM_HEAD = [0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, ...new TextEncoder().encode("webm")];

function streamOf(chunks: number[][]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      const chunk = chunks[i++];
      if (chunk) controller.enqueue(new Uint8Array(chunk));
      else controller.close();
    },
  });
}

async function drain(stream: ReadableStream<Uint8Array>): Promise<number> {
  const reader = stream.getReader();
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return total;
    total += value.byteLength;
  }
}

describe("inspectUpload", () => {
  it("identifies the media from its first bytes and passes every byte through", async () => {
    const { media, stream } = await inspectUpload(streamOf([WEBM_HEAD.slice(0, 3), WEBM_HEAD.slice(3), new Array<number>(100).fill(0)]), 1000);
    expect(media.kind).toBe("webm");
    expect(await drain(stream)).toBe(WEBM_HEAD.length + 100);
  });

  it("rejects content that is not media, whatever its name", async () => {
    const text = [...new TextEncoder().encode("just some text pretending to be a .webm file, long enough to sniff")];
    await expect(inspectUpload(streamOf([text]), 1000)).rejects.toBeInstanceOf(UnsupportedUploadError);
  });

  it("rejects an empty body", async () => {
    await expect(inspectUpload(streamOf([]), 1000)).rejects.toBeInstanceOf(EmptyUploadError);
  });

  it("stops the stream as soon as the cap is passed", async () => {
    let produced = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        produced += 1000;
        controller.enqueue(produced === 1000 ? new Uint8Array([...WEBM_HEAD, ...new Array<number>(1000 - WEBM_HEAD.length).fill(0)]) : new Uint8Array(1000));
      },
    });
    const { stream } = await inspectUpload(endless, 5_000);
    await expect(drain(stream)).rejects.toBeInstanceOf(UploadTooLargeError);
    expect(produced).toBeLessThanOrEqual(7_000);
  });
});

describe("readCapped", () => {
  const streamOf = (...chunks: number[]) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const size of chunks) controller.enqueue(new Uint8Array(size).fill(65));
        controller.close();
      },
    });

  it("returns a body within the cap and refuses one over it, however it is chunked", async () => {
    expect((await readCapped(streamOf(400, 600), 1000)).byteLength).toBe(1000);
    await expect(readCapped(streamOf(400, 601), 1000)).rejects.toBeInstanceOf(UploadTooLargeError);
    await expect(readCapped(streamOf(5000), 1000)).rejects.toBeInstanceOf(UploadTooLargeError);
    expect((await readCapped(null, 10)).byteLength).toBe(0);
  });
});
