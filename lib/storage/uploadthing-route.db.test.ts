/**
 * Uploads through UploadThing end to end, against the local stand-in of its service
 * (lib/testing/uploadthing-stand-in.ts): the real route handler (app/api/uploadthing) presigns,
 * the test PUTs the bytes as the browser does, the stand-in calls the handler back with a signed
 * callback, the file router checks what was stored and records it, and the analysis worker reads
 * the file back through the UploadThing driver. The speech pipeline is stood in for (it has its
 * own tests on real audio): it only confirms it was given the uploaded bytes.
 */
import { readFileSync } from "node:fs";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/prisma";
import { stopQueue } from "@/lib/jobs/queue";
import { pendingAnswer, waitForAnswer } from "@/lib/jobs/testing/fixtures";
import { startWorkers } from "@/lib/jobs/worker";
import { makeSpeech } from "@/lib/scoring/test-fixtures";
import { startUploadThingStandIn, type UploadThingStandIn } from "@/lib/testing/uploadthing-stand-in";
import type { Viewer } from "@/lib/auth/viewer";
import { POST } from "@/app/api/uploadthing/route";

const MAX_BYTES = 64 * 1024;
const state = await vi.hoisted(async () => {
  // Before lib/env is parsed: the token switches storage to UploadThing; a small cap keeps the
  // oversize file cheap. The pipeline stand-in runs in this process, not in a child.
  const { standInToken } = await import("@/lib/testing/uploadthing-stand-in");
  process.env.UPLOADTHING_TOKEN = standInToken();
  process.env.UPLOAD_MAX_BYTES = String(64 * 1024);
  process.env.UPLOADTHING_LOG_LEVEL = "Error";
  process.env.ANALYSIS_PROCESS = "inline";
  return { viewer: null as Viewer | null, analysed: [] as Buffer[] };
});

vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => state.viewer }));
vi.mock("@/lib/speech", async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  analyzeAudioFile: async (file: string) => {
    state.analysed.push(readFileSync(file));
    return makeSpeech({ transcript: "the uploaded answer" });
  },
}));

const WEBM_HEAD = Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, ...Buffer.from("webm")]);
const webm = (size: number) => Buffer.concat([WEBM_HEAD, Buffer.alloc(size - WEBM_HEAD.length, 7)]);
const APP_ROUTE = "http://127.0.0.1:3000/api/uploadthing";

let standIn: UploadThingStandIn;
beforeAll(async () => {
  // Callbacks go straight into the route handler instead of over HTTP to a server.
  standIn = await startUploadThingStandIn({ token: process.env.UPLOADTHING_TOKEN!, deliver: (request) => POST(new NextRequest(request)) });
  Object.assign(process.env, standIn.overrides);
  await startWorkers();
});
afterAll(async () => {
  await stopQueue();
  await standIn.close();
});

async function signedInCandidateWithAnswer() {
  const answer = await pendingAnswer();
  state.viewer = await db().user.findUniqueOrThrow({ where: { id: answer.candidateId }, select: { id: true, role: true, name: true, email: true } });
  return answer;
}

/** What the browser's UploadThing client does: ask our route for a presigned URL, then PUT the file there. */
async function upload(answerId: string, bytes: Buffer, declared = { type: "video/webm", size: bytes.byteLength }) {
  const presign = await POST(
    new NextRequest(`${APP_ROUTE}?actionType=upload&slug=answerAudio`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ files: [{ name: "answer.webm", ...declared, lastModified: Date.now() }], input: { answerId } }),
    }),
  );
  if (!presign.ok) return { presignStatus: presign.status, body: (await presign.json()) as unknown };
  const [presigned] = (await presign.json()) as { url: string; key: string }[];
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)], { type: declared.type }), "answer.webm");
  const put = await fetch(presigned!.url, { method: "PUT", body: form });
  expect(put.status).toBe(200);
  return { key: presigned!.key, body: ((await put.json()) as { serverData: unknown }).serverData };
}

const mediaOf = (answerId: string) =>
  db().mediaObject.findMany({ where: { answerId }, select: { key: true, driver: true, mimeType: true, sizeBytes: true, pendingReplacement: true } });

describe("uploads through UploadThing (stand-in service)", () => {
  it("records a good webm with driver UPLOADTHING, queues its analysis, and the worker reads it back; a non-media file after it changes nothing", async () => {
    const answer = await signedInCandidateWithAnswer();
    const good = webm(4000);
    const first = await upload(answer.id, good);
    expect(first.body).toEqual({ ok: true, answerId: answer.id, analysisJobId: expect.any(String) });
    expect(await mediaOf(answer.id)).toEqual([{ key: first.key, driver: "UPLOADTHING", mimeType: "video/webm", sizeBytes: 4000, pendingReplacement: false }]);
    const job = await db().analysisJob.findUniqueOrThrow({ where: { id: (first.body as { analysisJobId: string }).analysisJobId } });
    expect(job.answerId).toBe(answer.id);
    expect(standIn.files.get(first.key!)?.bytes.equals(good)).toBe(true);

    const done = await waitForAnswer(answer.id);
    expect(done.status).toBe("DONE");
    expect(state.analysed.some((bytes) => bytes.equals(good))).toBe(true);

    // Declared video/webm, but the bytes are text: refused, deleted from storage, the answer untouched.
    const text = Buffer.from("these are my notes, not a recording at all; ".repeat(20));
    const second = await upload(answer.id, text);
    expect(second.body).toEqual({ ok: false, status: 415, message: expect.stringMatching(/not a supported audio or video file/) });
    expect(standIn.files.has(second.key!)).toBe(false);
    expect(standIn.files.has(first.key!)).toBe(true);
    expect(await mediaOf(answer.id)).toEqual([expect.objectContaining({ key: first.key, pendingReplacement: false })]);
    const after = await db().answer.findUniqueOrThrow({ where: { id: answer.id }, select: { status: true, transcript: true } });
    expect(after.status).toBe("DONE");
    expect(after.transcript).toContain("the uploaded answer");
  });

  it("refuses a file over UPLOAD_MAX_BYTES: declared, before it is sent; undeclared, once stored (and deletes it)", async () => {
    const answer = await signedInCandidateWithAnswer();
    const declaredBig = await upload(answer.id, webm(MAX_BYTES + 1));
    expect(declaredBig.presignStatus).toBe(400);
    expect(declaredBig.body).toEqual({ message: expect.stringMatching(/^The file is larger than the 64 KB limit/) });

    // The browser claims 1 kB; what arrives is over the cap.
    const sneaky = await upload(answer.id, webm(MAX_BYTES + 1), { type: "video/webm", size: 1000 });
    expect(sneaky.body).toEqual({ ok: false, status: 413, message: expect.stringMatching(/^The file is larger than the 64 KB limit/) });
    expect(standIn.files.has(sneaky.key!)).toBe(false);
    expect(await mediaOf(answer.id)).toEqual([]);
  });

  it("presigns only for the answer's own candidate, and ignores a callback whose signature is not UploadThing's", async () => {
    const answer = await signedInCandidateWithAnswer();
    await signedInCandidateWithAnswer(); // someone else is signed in now
    const stranger = await upload(answer.id, webm(2000));
    expect(stranger.presignStatus).toBe(404);

    const forged = await POST(
      new NextRequest(`${APP_ROUTE}?slug=answerAudio`, {
        method: "POST",
        headers: { "content-type": "application/json", "uploadthing-hook": "callback", "x-uploadthing-signature": "hmac-sha256=00" },
        body: JSON.stringify({ status: "uploaded", file: { key: "forged" }, origin: standIn.origin, metadata: { answerId: answer.id, ownerId: answer.candidateId, kind: "AUDIO" } }),
      }),
    );
    expect(forged.status).toBe(400);
    expect(await mediaOf(answer.id)).toEqual([]);
  });
});
