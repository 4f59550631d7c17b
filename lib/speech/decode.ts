// Decodes any supported recording to 16 kHz mono float PCM with Debian ffmpeg.
// It must still never reach the browser: it spawns processes and reads files.
import "server-only";
import { spawn } from "node:child_process";
import { open, stat } from "node:fs/promises";
import { SpeechAnalysisError } from "./errors";
import { SNIFF_BYTES, sniffMedia, type SniffedMedia } from "./media-sniff";

export const SAMPLE_RATE = 16_000;

export interface DecodedAudio {
  samples: Float32Array;
  sampleRate: typeof SAMPLE_RATE;
  durationSec: number;
  media: SniffedMedia;
}

/** ffmpeg messages that mean the file is damaged even when ffmpeg still exits 0 with partial audio. */
const CORRUPTION_PATTERNS = [
  /file ended prematurely/i,
  /invalid data found/i,
  /ebml header parsing failed/i,
  /moov atom not found/i,
  /error while decoding/i,
  /corrupt/i,
  /invalid frame/i,
];

export async function readHead(path: string, n = SNIFF_BYTES): Promise<Uint8Array> {
  const fh = await open(path, "r");
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return new Uint8Array(buf.subarray(0, bytesRead));
  } finally {
    await fh.close();
  }
}

function runFfmpeg(path: string, ffmpegPath: string): Promise<{ code: number | null; stdout: Buffer; stderr: string }> {
  return new Promise((resolve, reject) => {
    const args = ["-nostdin", "-hide_banner", "-v", "error", "-i", path, "-vn", "-ac", "1", "-ar", String(SAMPLE_RATE), "-f", "f32le", "pipe:1"];
    const child = spawn(ffmpegPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    let err = "";
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => {
      if (err.length < 20_000) err += d.toString();
    });
    // ENOENT (ffmpeg not installed) is an operator problem, not the user's file: rethrow as is (transient).
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout: Buffer.concat(out), stderr: err }));
  });
}

/**
 * Throws SpeechAnalysisError EMPTY_MEDIA (0 bytes), UNSUPPORTED_MEDIA (not a known container, or no audio
 * stream) or CORRUPT_MEDIA (ffmpeg fails, reports damage, or yields no samples).
 */
export async function decodeToPcm(path: string, opts: { ffmpegPath?: string } = {}): Promise<DecodedAudio> {
  const st = await stat(path);
  if (st.size === 0) throw new SpeechAnalysisError("EMPTY_MEDIA", `${path} is 0 bytes`);
  const media = sniffMedia(await readHead(path));
  if (!media) throw new SpeechAnalysisError("UNSUPPORTED_MEDIA", "unrecognised file signature");

  const { code, stdout, stderr } = await runFfmpeg(path, opts.ffmpegPath ?? "ffmpeg");
  const firstLine = stderr.trim().split("\n").slice(-3).join(" | ");
  if (/does not contain any stream|matches no streams|no audio/i.test(stderr)) {
    throw new SpeechAnalysisError("UNSUPPORTED_MEDIA", "the file has no audio track");
  }
  if (code !== 0) throw new SpeechAnalysisError("CORRUPT_MEDIA", `ffmpeg exited ${code}: ${firstLine}`);
  if (CORRUPTION_PATTERNS.some((re) => re.test(stderr))) {
    throw new SpeechAnalysisError("CORRUPT_MEDIA", `ffmpeg reported damage: ${firstLine}`);
  }
  const n = Math.floor(stdout.length / 4);
  if (n === 0) throw new SpeechAnalysisError("CORRUPT_MEDIA", "no audio samples could be decoded");
  // Copy into an aligned buffer: Buffer slices may not be 4-byte aligned.
  const samples = new Float32Array(n);
  for (let i = 0; i < n; i++) samples[i] = stdout.readFloatLE(i * 4);
  return { samples, sampleRate: SAMPLE_RATE, durationSec: n / SAMPLE_RATE, media };
}
