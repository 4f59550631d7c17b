// Media type detection from the first bytes of a file (magic numbers). Pure; no "server-only":
// used by the upload handler, the CLI and tests. Needs at most the first 64 bytes.

export type SniffedMedia =
  | { kind: "webm" | "matroska"; mime: "video/webm" | "video/x-matroska" }
  | { kind: "wav"; mime: "audio/wav" }
  | { kind: "ogg"; mime: "audio/ogg" }
  | { kind: "mp3"; mime: "audio/mpeg" }
  | { kind: "mp4"; mime: "video/mp4" | "audio/mp4" }
  | { kind: "flac"; mime: "audio/flac" };

export const SNIFF_BYTES = 64;

/** What the user is told when a file is not one of the formats below, in the browser and on the server. */
export const UNSUPPORTED_MEDIA_MESSAGE = "This is not a supported audio or video file (webm, wav, ogg, mp3, m4a/mp4, flac).";

function ascii(b: Uint8Array, start: number, len: number): string {
  let s = "";
  for (let i = start; i < start + len && i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
}

function startsWith(b: Uint8Array, sig: readonly number[], offset = 0): boolean {
  if (b.length < offset + sig.length) return false;
  return sig.every((x, i) => b[offset + i] === x);
}

/** MPEG audio frame header: 11 sync bits, a valid version, layer and bitrate/sample-rate index. */
function isMpegFrame(b: Uint8Array): boolean {
  if (b.length < 4) return false;
  const b1 = b[1]!;
  const b2 = b[2]!;
  if (b[0] !== 0xff || (b1 & 0xe0) !== 0xe0) return false;
  const version = (b1 >> 3) & 0x03; // 01 reserved
  const layer = (b1 >> 1) & 0x03; // 00 reserved
  const bitrate = (b2 >> 4) & 0x0f; // 1111 bad
  const rate = (b2 >> 2) & 0x03; // 11 reserved
  // layer 00 is reserved; 0xFFF1/0xFFF9 (layer 00) is ADTS AAC, which we do not accept raw.
  return version !== 1 && layer !== 0 && bitrate !== 0x0f && rate !== 0x03;
}

/**
 * Returns the container detected from the leading bytes, or null when none matches.
 * Matroska vs WebM is told apart by the EBML DocType string in the header.
 */
export function sniffMedia(bytes: Uint8Array): SniffedMedia | null {
  const b = bytes.subarray(0, SNIFF_BYTES);
  if (startsWith(b, [0x1a, 0x45, 0xdf, 0xa3])) {
    const header = ascii(b, 0, b.length);
    if (header.includes("matroska")) return { kind: "matroska", mime: "video/x-matroska" };
    return { kind: "webm", mime: "video/webm" };
  }
  if (ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 4) === "WAVE") return { kind: "wav", mime: "audio/wav" };
  if (ascii(b, 0, 4) === "OggS") return { kind: "ogg", mime: "audio/ogg" };
  if (ascii(b, 0, 4) === "fLaC") return { kind: "flac", mime: "audio/flac" };
  if (ascii(b, 4, 4) === "ftyp") {
    const brand = ascii(b, 8, 4);
    return { kind: "mp4", mime: brand.startsWith("M4A") ? "audio/mp4" : "video/mp4" };
  }
  if (ascii(b, 0, 3) === "ID3" || isMpegFrame(b)) return { kind: "mp3", mime: "audio/mpeg" };
  return null;
}
