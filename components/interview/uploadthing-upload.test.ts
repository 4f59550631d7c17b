import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AnswerUploadOutcome } from "@/lib/storage/uploadthing-router";

type UploadOptions = { files: File[]; input: { answerId: string }; onUploadProgress: (event: { progress: number }) => void };
const uploadFiles = vi.hoisted(() => vi.fn<(slug: string, options: UploadOptions) => Promise<{ serverData: AnswerUploadOutcome }[]>>());
vi.mock("uploadthing/client", () => ({ genUploader: () => ({ uploadFiles }) }));

const { uploadThroughUploadThing } = await import("./uploadthing-upload");

const WEBM = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, ...new TextEncoder().encode("webm"), ...new Array<number>(64).fill(0)]);
const uploadError = (code: string, message: string) => Object.assign(new Error(message), { code });

/** Runs an upload to its end, backoff delays included. */
async function settle(upload: Promise<unknown>): Promise<unknown> {
  const outcome = upload.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  await vi.runAllTimersAsync();
  return outcome;
}

beforeEach(() => {
  vi.useFakeTimers();
  uploadFiles.mockReset();
});
afterEach(() => vi.useRealTimers());

describe("uploadThroughUploadThing", () => {
  it("sends the recording to the answer's route with the type its bytes show, and reports progress", async () => {
    uploadFiles.mockImplementation(async (_slug, { onUploadProgress }) => {
      onUploadProgress({ progress: 50 });
      return [{ serverData: { ok: true, answerId: "a1", analysisJobId: "j1" } }];
    });
    const progress: number[] = [];
    // A recorder blob typed with codecs: declared as what the bytes are.
    const result = await settle(uploadThroughUploadThing("a1", "video", new Blob([WEBM], { type: "video/webm;codecs=vp8,opus" }), { onProgress: (share) => progress.push(share) }));
    expect(result).toEqual({ value: { ok: true, answerId: "a1", analysisJobId: "j1" } });
    const [slug, options] = uploadFiles.mock.calls[0]!;
    expect(slug).toBe("answerVideo");
    expect(options.input).toEqual({ answerId: "a1" });
    expect(options.files[0]!.type).toBe("video/webm");
    expect(progress).toEqual([0.5, 1]);
  });

  it("takes the server's refusal of the stored bytes as final, with its message", async () => {
    uploadFiles.mockResolvedValue([{ serverData: { ok: false, status: 415, message: "This is not a supported audio or video file." } }]);
    const result = await settle(uploadThroughUploadThing("a1", "audio", new Blob([WEBM]), {}));
    expect(result).toEqual({ error: expect.objectContaining({ name: "UploadFailedError", status: 415, message: "This is not a supported audio or video file." }) });
    expect(uploadFiles).toHaveBeenCalledTimes(1);
  });

  it("retries a failed transfer, but not a refusal by our middleware", async () => {
    uploadFiles.mockRejectedValueOnce(uploadError("UPLOAD_FAILED", "XHR failed 0")).mockResolvedValueOnce([{ serverData: { ok: true, answerId: "a1", analysisJobId: "j2" } }]);
    const retries: number[] = [];
    const retried = await settle(uploadThroughUploadThing("a1", "audio", new Blob([WEBM]), { onRetry: (attempt) => retries.push(attempt) }));
    expect(retried).toEqual({ value: expect.objectContaining({ analysisJobId: "j2" }) });
    expect(retries).toEqual([2]);

    uploadFiles.mockReset().mockRejectedValue(uploadError("NOT_FOUND", "No such answer, or it is not yours."));
    const refused = await settle(uploadThroughUploadThing("a1", "audio", new Blob([WEBM]), {}));
    expect(refused).toEqual({ error: expect.objectContaining({ status: 404, message: "No such answer, or it is not yours." }) });
    expect(uploadFiles).toHaveBeenCalledTimes(1);
  });
});
