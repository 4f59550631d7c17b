/**
 * Turns getUserMedia failures into messages a candidate can act on. Pure (takes the error's name),
 * so each case is unit-tested without a browser.
 */
export type MediaProblem = "denied" | "no-device" | "busy" | "insecure" | "unsupported" | "unknown";

export interface MediaProblemMessage {
  problem: MediaProblem;
  title: string;
  help: string;
}

export function describeMediaError(error: unknown, wantsCamera: boolean): MediaProblemMessage {
  const name = error instanceof Error || (typeof error === "object" && error !== null && "name" in error) ? String(error.name) : "";
  const devices = wantsCamera ? "camera and microphone" : "microphone";
  switch (name) {
    case "NotAllowedError":
    case "PermissionDeniedError":
    case "SecurityError":
      return {
        problem: "denied",
        title: `Access to your ${devices} was denied`,
        help: `Allow the ${devices} for this site in your browser's address bar or site settings, then try again. Nothing was recorded.`,
      };
    case "NotFoundError":
    case "DevicesNotFoundError":
    case "OverconstrainedError":
      return {
        problem: "no-device",
        title: `No ${devices} found`,
        help: `Connect a ${devices} and try again${wantsCamera ? ", or practise with the microphone only" : ""}.`,
      };
    case "NotReadableError":
    case "TrackStartError":
    case "AbortError":
      return {
        problem: "busy",
        title: `Your ${devices} is busy`,
        help: "Another app or tab is using it. Close video calls or other recording apps, then try again.",
      };
    case "TypeError":
      return {
        problem: "insecure",
        title: "The camera needs a secure connection",
        help: "Open the app over https:// or on localhost.",
      };
    case "UnsupportedError":
      return { problem: "unsupported", title: "This browser cannot record", help: "Use a recent Chrome, Edge, Firefox or Safari." };
    default:
      return { problem: "unknown", title: `Could not start your ${devices}`, help: "Try again, or reload the page." };
  }
}
