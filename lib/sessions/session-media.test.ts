import { describe, expect, it } from "vitest";
import { describeSessionMedia } from "./session-media";

describe("describeSessionMedia", () => {
  it("names the capture of live and typed sessions whatever the answers hold", () => {
    expect(describeSessionMedia("LIVE", ["camera", "file"])).toBe("camera and microphone");
    expect(describeSessionMedia("TEXT", [])).toBe("typed answers");
  });

  it("says microphone only until a video file has been analysed", () => {
    expect(describeSessionMedia("AUDIO_ONLY", [null, undefined, null])).toBe("microphone only");
  });

  it("counts the answers measured from an uploaded video", () => {
    expect(describeSessionMedia("AUDIO_ONLY", ["file", null, "file"])).toBe("microphone; face and gaze from an uploaded video for 2 of 3 answers");
    expect(describeSessionMedia("AUDIO_ONLY", ["file"])).toBe("microphone; face and gaze from an uploaded video for 1 of 1 answer");
    expect(describeSessionMedia("UPLOADED_RECORDING", ["file", null])).toBe(
      "uploaded recordings; face and gaze from an uploaded video for 1 of 2 answers",
    );
  });
});
