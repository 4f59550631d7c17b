/**
 * The route the report page reads answers' details from (app/api/sessions/[sessionId]/details):
 * the same readers as the report itself, nobody else, and malformed input refused with 4xx. The
 * signed-in viewer is stood in for; what the route does with them is the real code.
 */
import { describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { createUser, sharedAnswer } from "@/lib/testing/factories";
import { GET } from "@/app/api/sessions/[sessionId]/details/route";

const state = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", async () => {
  const { AppError } = await import("@/lib/errors");
  return {
    requireViewer: async () => {
      if (!state.viewer) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
      return state.viewer;
    },
  };
});

async function get(viewer: Viewer | null, sessionId: string, answers?: string) {
  state.viewer = viewer;
  const query = answers === undefined ? "" : `?answers=${answers}`;
  return GET(new Request(`http://127.0.0.1/api/sessions/${sessionId}/details${query}`), { params: Promise.resolve({ sessionId }) });
}

describe("GET /api/sessions/[sessionId]/details", () => {
  it("gives the report's viewers the answers asked for, uncached, and nobody else anything", async () => {
    const { coach, candidate, answer } = await sharedAnswer(30);
    for (const viewer of [candidate, coach]) {
      const response = await get(viewer, answer.sessionId, answer.id);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toContain("no-store");
      const { answers } = (await response.json()) as { answers: { id: string; isOwner: boolean }[] };
      expect(answers.map((a) => [a.id, a.isOwner])).toEqual([[answer.id, viewer === candidate]]);
    }
    for (const stranger of [await createUser("COACH"), await createUser("CANDIDATE"), await createUser("ADMIN")]) {
      expect((await get(stranger, answer.sessionId, answer.id)).status).toBe(404);
    }
    expect((await get(null, answer.sessionId, answer.id)).status).toBe(401);
  });

  it("answers malformed answer lists with 422", async () => {
    const { candidate, answer } = await sharedAnswer(30);
    for (const answers of [undefined, "", `${answer.id},`, "x".repeat(41), Array.from({ length: 101 }, () => answer.id).join(",")]) {
      expect((await get(candidate, answer.sessionId, answers)).status, String(answers).slice(0, 50)).toBe(422);
    }
  });
});
