// The speech analysis in its own process (forked by ./analysis-process.ts at a lower CPU
// priority), so onnxruntime's threads cannot starve the web server's event loop. One analysis
// per process: it reads one request, reports stages, sends the result or the error, and exits.
import { analyzeAudioFile, isSpeechAnalysisError, type SpeechOptionsInput } from "@/lib/speech";
import type { ChildReply } from "./analysis-process";

const send = (reply: ChildReply) => new Promise<void>((resolve) => process.send!(reply, () => resolve()));

// The parent went away (crash, restart): stop rather than analyse for nobody.
process.on("disconnect", () => process.exit(1));

async function run(request: { file: string; options: SpeechOptionsInput }) {
  try {
    const analysis = await analyzeAudioFile(request.file, request.options, { onStage: (stage) => void send({ type: "stage", stage }) });
    await send({ type: "result", analysis });
  } catch (error) {
    await send(
      isSpeechAnalysisError(error)
        ? { type: "speech-error", code: error.code, message: error.message }
        : { type: "error", message: error instanceof Error ? (error.stack ?? error.message) : String(error) },
    );
  }
  process.exit(0);
}

process.once("message", (request: { file: string; options: SpeechOptionsInput }) => void run(request));
