// Model-loading progress as one number for a progress bar. Pure.

/** Share of the bar for starting the wasm backend; the models fill the rest. */
const BACKEND_SHARE = 0.2;

/**
 * The worker reports each stage as loaded/total of its own ("backend" 1/1, then "models" 1/4...): shown raw,
 * the bar went from 100% back to 25%. Stages are laid end to end instead, and a value never goes below one
 * already shown (a stage restarting its count cannot move the bar backwards).
 */
export function loadProgressTracker(): (stage: "backend" | "models", loaded: number, total: number) => number {
  let shown = 0;
  return (stage, loaded, total) => {
    const within = total > 0 ? Math.min(1, Math.max(0, loaded / total)) : 0;
    const share = stage === "backend" ? within * BACKEND_SHARE : BACKEND_SHARE + within * (1 - BACKEND_SHARE);
    shown = Math.max(shown, share);
    return shown;
  };
}
