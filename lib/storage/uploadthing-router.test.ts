import { describe, expect, it, vi } from "vitest";
import { UploadThingError } from "uploadthing/server";
import { AppError } from "@/lib/errors";
import { createAnswerFileRouter, uploadComplete, uploadMiddleware, uploadThingFileSize, type AnswerUploadDeps } from "./uploadthing-router";

const WEBM_HEAD = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, ...new TextEncoder().encode("webm")]);

const candidate = { id: "cand-1", role: "CANDIDATE" as const, name: "C", email: "c@example.test" };

function deps(overrides: Partial<AnswerUploadDeps> = {}): AnswerUploadDeps {
  return {
    getViewer: vi.fn(async () => candidate),
    authorizeAnswerUpload: vi.fn(async (_viewer, answerId, kind) => ({ answerId, ownerId: candidate.id, kind })),
    recordAnswerUpload: vi.fn(async () => ({ analysisJobId: "job-1" })),
    inspectStored: vi.fn(async () => ({ head: WEBM_HEAD, sizeBytes: 1234 })),
    deleteStored: vi.fn(async () => undefined),
    maxBytes: 5 * 1024 * 1024,
    ...overrides,
  };
}

describe("UploadThing answer-media router", () => {
  it("authorises through the shared function and passes the target on as metadata", async () => {
    const d = deps();
    const metadata = await uploadMiddleware(d, "AUDIO")({ input: { answerId: "ans-1" }, files: [{ size: 1000 }] });
    expect(d.authorizeAnswerUpload).toHaveBeenCalledWith(candidate, "ans-1", "AUDIO");
    expect(metadata).toEqual({ answerId: "ans-1", ownerId: "cand-1", kind: "AUDIO" });
  });

  it("refuses signed-out users, non-candidates and answers the shared check rejects", async () => {
    await expect(uploadMiddleware(deps({ getViewer: async () => null }), "AUDIO")({ input: { answerId: "a" }, files: [{ size: 1000 }] })).rejects.toBeInstanceOf(UploadThingError);
    await expect(
      uploadMiddleware(deps({ getViewer: async () => ({ ...candidate, role: "COACH" }) }), "AUDIO")({ input: { answerId: "a" }, files: [{ size: 1000 }] }),
    ).rejects.toBeInstanceOf(UploadThingError);
    const rejecting = deps({ authorizeAnswerUpload: async () => Promise.reject(new AppError("NOT_FOUND", "No such answer, or it is not yours.")) });
    await expect(uploadMiddleware(rejecting, "AUDIO")({ input: { answerId: "a" }, files: [{ size: 1000 }] })).rejects.toMatchObject({ code: "NOT_FOUND", message: "No such answer, or it is not yours." });
  });

  it("never passes internal error text to the browser", async () => {
    const broken = deps({ authorizeAnswerUpload: async () => Promise.reject(new Error("connect ECONNREFUSED 10.0.0.5:5432")) });
    const error = (await uploadMiddleware(broken, "AUDIO")({ input: { answerId: "a" }, files: [{ size: 1000 }] }).catch((e: unknown) => e)) as UploadThingError;
    expect(error.code).toBe("INTERNAL_SERVER_ERROR");
    expect(error.message).not.toMatch(/ECONNREFUSED|10\.0\.0\.5/);
  });

  it("checks the stored bytes, not the declared type: a text file or an oversize one is deleted, never recorded", async () => {
    const metadata = { answerId: "ans-1", ownerId: "cand-1", kind: "AUDIO" as const };
    const text = deps({ inspectStored: async () => ({ head: new TextEncoder().encode("these are my notes, not audio at all"), sizeBytes: 400 }) });
    // Returned, not thrown: UploadThing would swallow a thrown error and the browser never hear of it.
    expect(await uploadComplete(text)({ metadata, file: { key: "k1", type: "audio/webm", size: 400 } })).toEqual({
      ok: false,
      status: 415,
      message: expect.stringMatching(/not a supported audio or video file/),
    });
    expect(text.deleteStored).toHaveBeenCalledWith("k1");
    expect(text.recordAnswerUpload).not.toHaveBeenCalled();
    // The client said 1 kB; storage says 6 MB, over the 5 MB limit.
    const big = deps({ inspectStored: async () => ({ head: WEBM_HEAD, sizeBytes: 6 * 1024 * 1024 }) });
    expect(await uploadComplete(big)({ metadata, file: { key: "k2", type: "audio/webm", size: 1000 } })).toEqual({
      ok: false,
      status: 413,
      message: expect.stringMatching(/larger than the 5 MB limit/),
    });
    expect(big.deleteStored).toHaveBeenCalledWith("k2");
    expect(big.recordAnswerUpload).not.toHaveBeenCalled();
  });

  it("refuses a declared oversize file before anything is sent", async () => {
    const d = deps();
    await expect(uploadMiddleware(d, "AUDIO")({ input: { answerId: "a" }, files: [{ size: 6 * 1024 * 1024 }] })).rejects.toThrow(/larger than the 5 MB limit/);
    expect(d.authorizeAnswerUpload).not.toHaveBeenCalled();
  });

  it("deletes the file when recording it fails, and says so without internal text (retryable)", async () => {
    const d = deps({ recordAnswerUpload: async () => Promise.reject(new Error("deadlock detected on relation media_object")) });
    const result = await uploadComplete(d)({ metadata: { answerId: "a", ownerId: "cand-1", kind: "AUDIO" }, file: { key: "k3", type: "audio/webm", size: 9 } });
    expect(result).toEqual({ ok: false, status: 500, message: expect.not.stringMatching(/deadlock/) });
    expect(d.deleteStored).toHaveBeenCalledWith("k3");
  });

  it("derives UploadThing's size limit from UPLOAD_MAX_BYTES: the next power of two, never below it", () => {
    expect(uploadThingFileSize(50 * 1024 * 1024)).toBe("64MB");
    expect(uploadThingFileSize(64 * 1024 * 1024)).toBe("64MB");
    expect(uploadThingFileSize(5 * 1024 * 1024)).toBe("8MB");
    expect(uploadThingFileSize(300 * 1024)).toBe("512KB");
    expect(uploadThingFileSize(3 * 1024 ** 3)).toBe("4GB");
  });

  it("records the finished upload with the shared function", async () => {
    const d = deps();
    const result = await uploadComplete(d)({
      metadata: { answerId: "ans-1", ownerId: "cand-1", kind: "AUDIO" },
      file: { key: "ut-key", type: "audio/mpeg", size: 99 },
    });
    expect(d.recordAnswerUpload).toHaveBeenCalledWith({
      answerId: "ans-1",
      ownerId: "cand-1",
      kind: "AUDIO",
      key: "ut-key",
      driver: "UPLOADTHING",
      // What the bytes are and what storage holds, not what the browser declared.
      mimeType: "video/webm",
      sizeBytes: 1234,
    });
    expect(result).toEqual({ ok: true, answerId: "ans-1", analysisJobId: "job-1" });
  });

  it("defines audio and video routes", () => {
    const router = createAnswerFileRouter(deps());
    expect(Object.keys(router)).toEqual(["answerAudio", "answerVideo"]);
  });
});
