// Public API of the speech pipeline for the job handler and the CLIs.
// Server code only (ffmpeg, pocketsphinx, onnxruntime). The job handler should wrap it in a module
// that imports "server-only"; this file cannot, because CLI scripts import it.
export { analyzeAudioFile, type AnalyzeHooks } from "./analyze-audio-file";
export { SpeechAnalysisError, isSpeechAnalysisError, SPEECH_FAILURE_CODES, type SpeechFailureCode } from "./errors";
export { sniffMedia, SNIFF_BYTES, type SniffedMedia } from "./media-sniff";
export { MOONSHINE, SILERO_VAD, POCKETSPHINX, STT_MODELS, type SttModelName } from "./models";
export { speechOptionsSchema, speechEnvSchema, speechOptionsFromEnv, type SpeechOptions, type SpeechOptionsInput } from "./options";
export { speechAnalysisSchema, SPEECH_ALGORITHM_VERSION, SPEECH_ANALYSIS_SCHEMA_VERSION, type SpeechAnalysis } from "./schema";
