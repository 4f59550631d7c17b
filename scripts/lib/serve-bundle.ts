// Where `npm run build` puts the bundled server (scripts/build-serve.mjs) and where `npm run serve`
// finds it (scripts/serve-built.mjs). Plain, erasable TypeScript: those two .mjs scripts import it
// with Node's own type stripping, as tsx scripts do through tsx.
import path from "node:path";

export const SERVE_BUNDLE = path.resolve(import.meta.dirname, "../../.next/rehearse-serve.mjs");
