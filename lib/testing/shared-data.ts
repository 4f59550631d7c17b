/**
 * The shared data folder (real recordings, third-party models; read-only, never copied into the
 * repository): $REHEARSE_SHARED_DIR, else ../shared beside the repository, where CI lays it too.
 */
import path from "node:path";

export function sharedDir(repoRoot = process.cwd()): string {
  return process.env.REHEARSE_SHARED_DIR ?? path.resolve(repoRoot, "../shared");
}
