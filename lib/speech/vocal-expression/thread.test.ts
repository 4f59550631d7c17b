import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { analyseVocalExpression } from "./analyse";
import { glide } from "./test-signals";
import { analyseVocalExpressionOffThread, stopVocalThread } from "./thread";

const nodeModulesDir = path.resolve(import.meta.dirname, "../../../node_modules");
const RATE = 16_000;

afterAll(() => stopVocalThread());

describe("vocal expression on its own thread", () => {
  it("gives the same windows and distribution as in this thread", async () => {
    const samples = glide(110, 180, 6, RATE);
    const speech = [{ start: 0, end: 6 }];
    const [here, there] = await Promise.all([
      analyseVocalExpression(samples, RATE, speech, nodeModulesDir),
      analyseVocalExpressionOffThread(samples, RATE, speech, nodeModulesDir),
    ]);
    expect(there).not.toBeNull();
    expect({ ...there!, processingMs: 0 }).toEqual({ ...here!, processingMs: 0 });
  }, 60_000);

  it("answers null for speech too short for a window, and reports a bad request as an error", async () => {
    expect(await analyseVocalExpressionOffThread(new Float32Array(RATE), RATE, [], nodeModulesDir)).toBeNull();
    await expect(analyseVocalExpressionOffThread(new Float32Array(RATE), RATE, [{ start: 0, end: 3 }], "/nonexistent/node_modules")).rejects.toThrow(/vocal expression failed/);
  }, 60_000);
});
