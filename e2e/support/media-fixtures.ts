/**
 * Builds fake camera and microphone inputs for Chromium at test time, from the research videos in
 * ../shared (never copied into the repo) and speech synthesised with espeak-ng. Chromium loops
 * both files for as long as the page records.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
export const SHARED_DIR = process.env.REHEARSE_SHARED_DIR ?? path.resolve(root, "../shared");
export const FIXTURE_DIR = path.join(root, "e2e/.tmp");

export const FACE_VIDEO = path.join(SHARED_DIR, "data/video/pyfeat_WolfgangLanger_Pexels.mp4");
export const NO_FACE_VIDEO = path.join(SHARED_DIR, "data/video/pyfeat_no_face.mp4");
/** A man looking into the lens throughout (a presidential address): the calibration run's camera. */
export const AT_CAMERA_VIDEO = path.join(SHARED_DIR, "data/video/hdtf_obama_address.mp4");

export const fixturePaths = {
  faceY4m: path.join(FIXTURE_DIR, "face.y4m"),
  noFaceY4m: path.join(FIXTURE_DIR, "no-face.y4m"),
  atCameraY4m: path.join(FIXTURE_DIR, "at-camera.y4m"),
  speechWav: path.join(FIXTURE_DIR, "answer.wav"),
  /** A phone-style video recording of the spoken answer (black picture), for the file-upload path. */
  answerMp4: path.join(FIXTURE_DIR, "answer.mp4"),
  /** The spoken answer as an audio-only WebM: a "video" file with no picture. */
  answerAudioWebm: path.join(FIXTURE_DIR, "answer-audio.webm"),
  /** The spoken answer over a real face (../shared), VP8 + Opus without a duration, for uploaded-video mode. */
  faceAnswerWebm: path.join(FIXTURE_DIR, "face-answer.webm"),
};

/** What the synthetic candidate says: fillers, a stammer and a long pause included. */
export const SPOKEN_ANSWER = [
  "In my last role I led a small team that rebuilt our customer onboarding.",
  "Um, we had three months and, uh, a very tight budget.",
  "I I I started by interviewing ten customers about where they got stuck.",
];

/**
 * Words of SPOKEN_ANSWER that show its transcript came from this audio. Several, because a short recording
 * holds only the first sentence, and speech-to-text on espeak sometimes mishears a word ("custom
 * aroundboarding").
 */
export const SPOKEN_ANSWER_WORDS = /\b(small team|last role|onboarding|customers?|budget)\b/i;

export function sharedVideosAvailable(): boolean {
  return existsSync(FACE_VIDEO) && existsSync(NO_FACE_VIDEO) && existsSync(AT_CAMERA_VIDEO);
}

function toY4m(source: string, target: string) {
  if (existsSync(target)) return;
  execFileSync("ffmpeg", ["-v", "error", "-y", "-i", source, "-vf", "scale=640:-2,format=yuv420p", "-r", "15", "-t", "20", target]);
}

function speechWav(target: string) {
  if (existsSync(target)) return;
  const parts = SPOKEN_ANSWER.map((sentence, index) => {
    const file = path.join(FIXTURE_DIR, `sentence-${index}.wav`);
    execFileSync("espeak-ng", ["-v", "en-us", "-s", "150", "-w", file, sentence]);
    return file;
  });
  const pause = path.join(FIXTURE_DIR, "pause.wav");
  // 1.5 s of silence between sentences, at espeak's 22.05 kHz mono.
  execFileSync("sox", ["-n", "-r", "22050", "-c", "1", "-b", "16", pause, "trim", "0", "1.5"]);
  execFileSync("sox", [parts[0]!, pause, parts[1]!, pause, parts[2]!, pause, "-r", "48000", target]);
}

export function prepareMediaFixtures(): void {
  mkdirSync(FIXTURE_DIR, { recursive: true });
  speechWav(fixturePaths.speechWav);
  if (!existsSync(fixturePaths.answerMp4)) {
    execFileSync("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", "color=c=black:s=320x240:r=10", "-i", fixturePaths.speechWav, "-shortest", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", fixturePaths.answerMp4]);
  }
  if (!existsSync(fixturePaths.answerAudioWebm)) {
    execFileSync("ffmpeg", ["-v", "error", "-y", "-i", fixturePaths.speechWav, "-c:a", "libopus", fixturePaths.answerAudioWebm]);
  }
  if (!sharedVideosAvailable()) return;
  toY4m(FACE_VIDEO, fixturePaths.faceY4m);
  toY4m(NO_FACE_VIDEO, fixturePaths.noFaceY4m);
  toY4m(AT_CAMERA_VIDEO, fixturePaths.atCameraY4m);
  if (!existsSync(fixturePaths.faceAnswerWebm)) {
    // Written to a pipe, so like a browser's MediaRecorder file it has no duration and no seek index.
    const webm = execFileSync("ffmpeg", [
      "-v", "error", "-i", FACE_VIDEO, "-i", fixturePaths.speechWav, "-map", "0:v", "-map", "1:a", "-shortest",
      "-vf", "scale=640:-2,fps=15", "-c:v", "libvpx", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "1M", "-c:a", "libopus",
      "-f", "webm", "pipe:1",
    ], { maxBuffer: 64 * 1024 * 1024 });
    writeFileSync(fixturePaths.faceAnswerWebm, webm);
  }
}

/** A fake camera playing `video` (none: no camera, a microphone-only session) and a fake microphone speaking SPOKEN_ANSWER. */
export function fakeMediaArgs(video: string | null): string[] {
  return [
    "--use-fake-ui-for-media-stream",
    "--use-fake-device-for-media-stream",
    ...(video ? [`--use-file-for-fake-video-capture=${video}`] : []),
    `--use-file-for-fake-audio-capture=${fixturePaths.speechWav}`,
    "--autoplay-policy=no-user-gesture-required",
  ];
}
