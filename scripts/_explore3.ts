import { writeFileSync } from "node:fs";
import { execSync } from "node:child_process";
import { createNodeTfjsEngine } from "@/lib/vision/node/human-models";
import { decodeVideo } from "@/lib/vision/node/video-frames";
const v = decodeVideo("/work/shared/data/video/pyfeat_WolfgangLanger_Pexels.mp4", { fps: 2 });
const engine = await createNodeTfjsEngine({ emotion: false });
const pick = [0, 16, 19, 37];
for (const [i, f] of v.frames.entries()) {
  const r = await engine.analyse(f, { timestampMs: i * 500 });
  if (!pick.includes(i) || !r.landmarks) continue;
  const img = Uint8Array.from(f.data);
  const dot = (x: number, y: number, c: number[], rad = 1) => {
    for (let dy = -rad; dy <= rad; dy++) for (let dx = -rad; dx <= rad; dx++) {
      const px = Math.round(x) + dx, py = Math.round(y) + dy;
      if (px < 0 || py < 0 || px >= f.width || py >= f.height) continue;
      img.set(c, (py * f.width + px) * 3);
    }
  };
  r.landmarks.slice(0, 468).forEach(([x, y]) => dot(x, y, [255, 0, 0], 0));
  [33, 133, 362, 263].forEach((k) => dot(r.landmarks![k]![0], r.landmarks![k]![1], [0, 0, 255]));
  r.landmarks.slice(468).forEach(([x, y], k) => dot(x, y, k % 5 === 0 ? [0, 255, 0] : [255, 255, 0], k % 5 === 0 ? 1 : 0));
  // crop eye region
  const cx = Math.round((r.landmarks[33]![0] + r.landmarks[263]![0]) / 2), cy = Math.round(r.landmarks[33]![1]);
  const w = 200, h = 80, x0 = cx - 100, y0 = cy - 40;
  const out = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) out.set(img.subarray(((y0 + y) * f.width + x0 + x) * 3, ((y0 + y) * f.width + x0 + x) * 3 + 3), (y * w + x) * 3);
  writeFileSync(`/tmp/vis/eye${i}.ppm`, Buffer.concat([Buffer.from(`P6 ${w} ${h} 255\n`), Buffer.from(out)]));
  execSync(`ffmpeg -loglevel error -y -i /tmp/vis/eye${i}.ppm -vf scale=800:-1:flags=neighbor /tmp/vis/eye${i}.png`);
  writeFileSync(`/tmp/vis/full${i}.ppm`, Buffer.concat([Buffer.from(`P6 ${f.width} ${f.height} 255\n`), Buffer.from(img)]));
  execSync(`ffmpeg -loglevel error -y -i /tmp/vis/full${i}.ppm /tmp/vis/full${i}.png`);
}
