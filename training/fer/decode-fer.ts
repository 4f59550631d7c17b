/**
 * Step 1 of training: decode FER2013 Training and PublicTest with the app's own JPEG decoder
 * (lib/vision/emotion/fer-dataset.ts, pure-JS jpeg-js) into training/fer/runs/cache/<split>.u8
 * (N x 48 x 48 grey bytes) + <split>.json (labels in canonical order, relative paths).
 * Using the app's decoder means the parity fixture and the evaluation see exactly the training pixels
 * (PIL/libjpeg differs from jpeg-js by +-1 grey level on ~7% of pixels).
 * Run: npx tsx training/fer/decode-fer.ts [--fer-root DIR]
 */
import "../../scripts/lib/react-server";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { decodeJpegFile, ferRoot, listFerImages } from "@/lib/vision/emotion/fer-dataset";

const SIZE = 48;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { "fer-root": { type: "string" } } });
  const root = values["fer-root"] ?? ferRoot();
  if (!root) throw new Error("FER2013 not found: set REHEARSE_SHARED_DIR or pass --fer-root");
  const out = path.join(import.meta.dirname, "runs", "cache");
  await mkdir(out, { recursive: true });
  for (const split of ["Training", "PublicTest"]) {
    const items = await listFerImages(path.join(root, split));
    const pixels = new Uint8Array(items.length * SIZE * SIZE);
    for (const [k, item] of items.entries()) {
      const img = await decodeJpegFile(item.absPath);
      if (img.width !== SIZE || img.height !== SIZE || img.channels !== 1) {
        throw new Error(`${item.relPath}: expected 48x48 grey, got ${img.width}x${img.height}x${img.channels}`);
      }
      pixels.set(img.data, k * SIZE * SIZE);
    }
    await writeFile(path.join(out, `${split}.u8`), pixels);
    await writeFile(path.join(out, `${split}.json`), JSON.stringify({ size: SIZE, labels: items.map((x) => x.labelIndex), paths: items.map((x) => x.relPath) }));
    console.log(`${split}: ${items.length} images -> ${path.join(out, split)}.u8`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
