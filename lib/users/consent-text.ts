/**
 * What the consent screen says, per session: true for the camera and for microphone-only
 * sessions, with and without kept videos. Pure, so every combination is tested
 * (consent-text.test.ts) rather than trusted to a template.
 */
export interface ConsentLine {
  label: string;
  text: string;
}

export function consentLines({ camera, keepVideo }: { camera: boolean; keepVideo: boolean }): ConsentLine[] {
  const lines: ConsentLine[] = [];
  if (camera) {
    lines.push({
      label: "Analysed in your browser",
      text: "your face position, where your eyes point, blinks, head movement and the facial expression a model observes. These are observations, not a judgement of what you feel or who you are.",
    });
  }
  const uploaded = ["each answer's audio, which our server transcribes to measure pace, filler words, pauses and vocal variety"];
  if (camera) uploaded.push("the numbers measured in your browser");
  if (camera && keepVideo) uploaded.push("your video, kept for replay because you chose to keep videos (you can turn this off, and delete them, in Privacy & settings)");
  lines.push({ label: "Uploaded", text: `${joinList(uploaded)}.` });
  if (camera && !keepVideo) lines.push({ label: "Not uploaded", text: "your video. It is analysed on this device and never leaves it." });
  if (!camera) lines.push({ label: "Not used", text: "your camera. This session records your microphone only." });
  lines.push({
    label: "Who sees your results",
    text: "you, and the coaches assigned to you if you choose to share with them. Administrators manage accounts and question banks; they cannot open your reports or recordings. You can export or delete everything at any time.",
  });
  return lines;
}

function joinList(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join("; ")}; and ${items.at(-1)}`;
}
