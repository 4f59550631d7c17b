// Entry of the vocal-expression thread (./thread.ts). The pipeline is TypeScript source, loaded through
// tsx as in the analysis process; the thread is started with --conditions=react-server, so the
// "server-only" guards resolve as they do on the server.
import { register } from "tsx/esm/api";

register();
await import("./thread-worker.ts");
