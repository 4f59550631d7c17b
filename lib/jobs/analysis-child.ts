// The speech analysis in its own long-lived process (forked by ./analysis-process.ts at a lower
// CPU priority), so onnxruntime's threads cannot starve the web server's event loop. It keeps its
// models loaded between jobs and answers one request at a time, each tagged with its id.
import { analyzeAudioFile, isSpeechAnalysisError, type SpeechOptionsInput } from "@/lib/speech";
import type { ChildReply, ChildRequest } from "./analysis-process";

const send = (reply: ChildReply) => new Promise<void>((resolve) => process.send!(reply, () => resolve()));

// The parent went away (crash, restart): stop rather than analyse for nobody.
process.on("disconnect", () => process.exit(1));

let queue = Promise.resolve();

async function run({ id, file, options }: ChildRequest & { options: SpeechOptionsInput }) {
  try {
    const analysis = await analyzeAudioFile(file, options, { onStage: (stage) => void send({ id, type: "stage", stage }) });
    await send({ id, type: "result", analysis });
  } catch (error) {
    await send(
      isSpeechAnalysisError(error)
        ? { id, type: "speech-error", code: error.code, message: error.message }
        : { id, type: "error", message: error instanceof Error ? (error.stack ?? error.message) : String(error) },
    );
  }
}

process.on("message", (request: ChildRequest) => {
  queue = queue.then(() => run(request));
});
