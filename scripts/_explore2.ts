import { createNodeTfjsEngine } from "@/lib/vision/node/human-models";
import { decodeVideo } from "@/lib/vision/node/video-frames";
const v = decodeVideo("/work/shared/data/video/pyfeat_WolfgangLanger_Pexels.mp4", { fps: 2 });
const engine = await createNodeTfjsEngine();
for (const [i, f] of v.frames.entries()) {
  const r = await engine.analyse(f, { timestampMs: i * 500 });
  const lm = r.landmarks;
  const fmt = (p?: readonly number[]) => (p ? p.map((x) => x.toFixed(0)).join(",") : "-");
  console.log(i, r.frame.faceFound, r.frame.faceScore.toFixed(2), "R33", fmt(lm?.[33]), "R133", fmt(lm?.[133]), "iris468", fmt(lm?.[468]), "| L362", fmt(lm?.[362]), "L263", fmt(lm?.[263]), "iris473", fmt(lm?.[473]),
    "head", r.frame.head && [r.frame.head.yaw, r.frame.head.pitch, r.frame.head.roll].map((x) => x.toFixed(0)).join(","), "gaze", r.frame.gaze && [r.frame.gaze.yaw, r.frame.gaze.pitch].map((x) => x.toFixed(0)).join(","),
    r.frame.gridCell, r.frame.emotions && Object.entries(r.frame.emotions).sort((a, b) => b[1] - a[1])[0]?.join(":"), "open", r.frame.eyes?.openness.toFixed(2), JSON.stringify(Object.fromEntries(Object.entries(r.timings).map(([k, x]) => [k, +x.toFixed(1)]))));
}
