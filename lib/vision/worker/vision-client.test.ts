import { describe, expect, it } from "vitest";
import type { VisionRequest, VisionResponse } from "./protocol";
import { VisionClient } from "./vision-client";

/** A stand-in Worker that answers like vision.worker.ts, with a controllable frame delay. */
class FakeWorker {
  onmessage: ((event: MessageEvent<VisionResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly received: VisionRequest[] = [];
  private answerFrame: (() => void) | null = null;
  terminated = false;

  postMessage(message: VisionRequest): void {
    this.received.push(message);
    const reply = (data: VisionResponse) => this.onmessage?.({ data } as MessageEvent<VisionResponse>);
    if (message.type === "init") {
      reply({ type: "progress", id: message.id, stage: "models", loaded: 1, total: 2 });
      reply({ type: "ready", id: message.id, engine: "tfjs-human", models: [], backend: "wasm", warnings: [] });
    } else if (message.type === "frame") {
      this.answerFrame = () =>
        message.timestampMs < 0
          ? reply({ type: "error", id: message.id, message: "bad frame" })
          : reply({ type: "result", id: message.id, status: "dropped" });
    }
  }

  finishFrame(): void {
    this.answerFrame?.();
    this.answerFrame = null;
  }

  terminate(): void {
    this.terminated = true;
  }
}

const bitmap = () => {
  const b = { closed: false, close() { b.closed = true; } };
  return b as unknown as ImageBitmap & { closed: boolean };
};

describe("vision client", () => {
  it("reports progress and resolves init with the ready message", async () => {
    const worker = new FakeWorker();
    const client = new VisionClient(worker as unknown as Worker);
    const progress: number[] = [];
    const ready = await client.init({}, (share) => progress.push(share));
    expect(ready.engine).toBe("tfjs-human");
    expect(progress).toHaveLength(1);
    expect(progress[0]).toBeCloseTo(0.6); // models 1 of 2, after the backend's fifth of the bar
    expect(worker.received[0]).toMatchObject({ type: "init", id: 1, config: { modelBaseUrl: "/models/human", wasmBaseUrl: "/vendor/tfjs-wasm/" } });
  });

  it("keeps at most one frame in flight and closes the frames it drops", async () => {
    const worker = new FakeWorker();
    const client = new VisionClient(worker as unknown as Worker);
    const first = client.analyse(bitmap(), { timestampMs: 1 });
    const second = bitmap();
    expect(await client.analyse(second, { timestampMs: 2 })).toBeNull();
    expect(second.closed).toBe(true);
    expect(worker.received.filter((m) => m.type === "frame")).toHaveLength(1);
    worker.finishFrame();
    expect(await first).toBeNull(); // the fake answers "dropped"
    expect(client.busy).toBe(false);
  });

  it("rejects with the worker's error message and frees the slot", async () => {
    const worker = new FakeWorker();
    const client = new VisionClient(worker as unknown as Worker);
    const p = client.analyse(bitmap(), { timestampMs: -1 });
    worker.finishFrame();
    await expect(p).rejects.toThrow("bad frame");
    expect(client.busy).toBe(false);
  });

  it("rejects pending requests on terminate", async () => {
    const worker = new FakeWorker();
    const client = new VisionClient(worker as unknown as Worker);
    const p = client.analyse(bitmap(), { timestampMs: 1 });
    client.terminate();
    await expect(p).rejects.toThrow("terminated");
    expect(worker.terminated).toBe(true);
  });
});
