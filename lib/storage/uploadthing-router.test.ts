import { describe, expect, it, vi } from "vitest";
import { UploadThingError } from "uploadthing/server";
import { createAnswerFileRouter, uploadComplete, uploadMiddleware, type AnswerUploadDeps } from "./uploadthing-router";

const candidate = { id: "cand-1", role: "CANDIDATE" as const, name: "C", email: "c@example.test" };

function deps(overrides: Partial<AnswerUploadDeps> = {}): AnswerUploadDeps {
  return {
    getViewer: vi.fn(async () => candidate),
    authorizeAnswerUpload: vi.fn(async (_viewer, answerId, kind) => ({ answerId, ownerId: candidate.id, kind })),
    recordAnswerUpload: vi.fn(async () => ({ analysisJobId: "job-1" })),
    ...overrides,
  };
}

describe("UploadThing answer-media router", () => {
  it("authorises through the shared function and passes the target on as metadata", async () => {
    const d = deps();
    const metadata = await uploadMiddleware(d, "AUDIO")({ input: { answerId: "ans-1" } });
    expect(d.authorizeAnswerUpload).toHaveBeenCalledWith(candidate, "ans-1", "AUDIO");
    expect(metadata).toEqual({ answerId: "ans-1", ownerId: "cand-1", kind: "AUDIO" });
  });

  it("refuses signed-out users, non-candidates and answers the shared check rejects", async () => {
    await expect(uploadMiddleware(deps({ getViewer: async () => null }), "AUDIO")({ input: { answerId: "a" } })).rejects.toBeInstanceOf(UploadThingError);
    await expect(
      uploadMiddleware(deps({ getViewer: async () => ({ ...candidate, role: "COACH" }) }), "AUDIO")({ input: { answerId: "a" } }),
    ).rejects.toBeInstanceOf(UploadThingError);
    const rejecting = deps({ authorizeAnswerUpload: async () => Promise.reject(new Error("No such answer, or it is not yours.")) });
    await expect(uploadMiddleware(rejecting, "AUDIO")({ input: { answerId: "a" } })).rejects.toThrow("No such answer");
  });

  it("records the finished upload with the shared function", async () => {
    const d = deps();
    const result = await uploadComplete(d)({
      metadata: { answerId: "ans-1", ownerId: "cand-1", kind: "AUDIO" },
      file: { key: "ut-key", type: "audio/webm", size: 1234 },
    });
    expect(d.recordAnswerUpload).toHaveBeenCalledWith({
      answerId: "ans-1",
      ownerId: "cand-1",
      kind: "AUDIO",
      key: "ut-key",
      driver: "UPLOADTHING",
      mimeType: "audio/webm",
      sizeBytes: 1234,
    });
    expect(result).toEqual({ answerId: "ans-1", analysisJobId: "job-1" });
  });

  it("defines audio and video routes", () => {
    const router = createAnswerFileRouter(deps());
    expect(Object.keys(router)).toEqual(["answerAudio", "answerVideo"]);
  });
});
