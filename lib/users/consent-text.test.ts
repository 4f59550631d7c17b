import { describe, expect, it } from "vitest";
import { consentLines } from "./consent-text";

const text = (camera: boolean, keepVideo: boolean) =>
  consentLines({ camera, keepVideo })
    .map((line) => `${line.label}: ${line.text}`)
    .join("\n");

describe("consent text", () => {
  it("with the camera and videos not kept: the video stays on the device", () => {
    const said = text(true, false);
    expect(said).toMatch(/Analysed in your browser: your face position/);
    expect(said).toMatch(/Not uploaded: your video\. It is analysed on this device and never leaves it\./);
    expect(said).not.toMatch(/kept for replay/);
  });

  it("with the camera and kept videos: the video is listed as uploaded, never under 'Not uploaded'", () => {
    const said = text(true, true);
    expect(said).toMatch(/Uploaded: .*your video, kept for replay/);
    expect(said).not.toMatch(/Not uploaded/);
  });

  it.each([false, true])("microphone only (keepVideo %s): no camera, no video, no browser face analysis", (keepVideo) => {
    const said = text(false, keepVideo);
    expect(said).toMatch(/Not used: your camera\. This session records your microphone only\./);
    expect(said).not.toMatch(/video|face|browser/i);
  });

  it.each([
    [true, true],
    [true, false],
    [false, false],
  ])("says who sees the results, admins included (camera %s, keep %s)", (camera, keepVideo) => {
    expect(text(camera, keepVideo)).toMatch(/Administrators manage accounts and question banks; they cannot open your reports or recordings\./);
    expect(text(camera, keepVideo)).not.toMatch(/Only you see your results/);
  });
});
