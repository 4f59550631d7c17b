// Copies model weights and browser runtimes out of npm packages into public/ (run on install) and
// checks that each tfjs model's weights hold the bytes its model.json declares. The checksums of
// every model file are checked next, against lib/models/registry.ts (scripts/verify-models.ts).
// Nothing is downloaded.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
// Some packages do not export ./package.json, so locate them on disk from the project root.
const packageDir = (name) => {
  const dir = path.join(root, "node_modules", name);
  if (!existsSync(path.join(dir, "package.json"))) throw new Error(`${name} is not installed (run npm install)`);
  return dir;
};

/** tfjs graph models from @vladmandic/human (FER2013 mini-Xception, BlazeFace, FaceMesh, Iris). */
const HUMAN_MODELS = ["blazeface", "facemesh", "iris", "emotion"];

const BYTES_PER_DTYPE = { float32: 4, int32: 4, bool: 1, uint8: 1, float16: 2 };

function copy(source, target) {
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(source, target);
  if (statSync(source).size !== statSync(target).size) throw new Error(`copy of ${source} is incomplete`);
}

/** Checks that a tfjs model.json parses and that its weight files hold exactly the bytes its manifest declares. */
export function verifyTfjsModel(modelJsonPath) {
  const model = JSON.parse(readFileSync(modelJsonPath, "utf8"));
  const dir = path.dirname(modelJsonPath);
  let declared = 0;
  let present = 0;
  for (const group of model.weightsManifest ?? []) {
    for (const weight of group.weights) {
      const count = weight.shape.reduce((product, size) => product * size, 1);
      const dtype = weight.quantization?.dtype ?? weight.dtype;
      const bytes = BYTES_PER_DTYPE[dtype];
      if (!bytes) throw new Error(`${modelJsonPath}: unknown dtype ${dtype}`);
      declared += count * bytes;
    }
    for (const shard of group.paths) present += statSync(path.join(dir, shard)).size;
  }
  if (declared !== present) throw new Error(`${modelJsonPath}: weights hold ${present} bytes, manifest declares ${declared}`);
  return { files: [path.basename(modelJsonPath), ...(model.weightsManifest ?? []).flatMap((g) => g.paths)] };
}

let modelCount = 0;

// 1. Human's models -> public/models/human/<name>.json|.bin
const humanDir = path.join(packageDir("@vladmandic/human"), "models");
const humanTarget = path.join(root, "public/models/human");
for (const name of HUMAN_MODELS) {
  const json = path.join(humanDir, `${name}.json`);
  const model = JSON.parse(readFileSync(json, "utf8"));
  copy(json, path.join(humanTarget, `${name}.json`));
  for (const group of model.weightsManifest) {
    for (const shard of group.paths) copy(path.join(humanDir, shard), path.join(humanTarget, shard));
  }
  verifyTfjsModel(path.join(humanTarget, `${name}.json`));
  modelCount++;
}

// 2. Our own FER networks are committed as public/models/<id>/model.json: verify each one.
for (const id of readdirSync(path.join(root, "public/models")).filter((name) => name !== "human")) {
  const ownModel = path.join(root, "public/models", id, "model.json");
  if (!existsSync(ownModel)) continue;
  verifyTfjsModel(ownModel);
  modelCount++;
}

// 3. Browser runtimes served from our own origin.
const runtimes = [
  { from: path.join(packageDir("@tensorflow/tfjs-backend-wasm"), "dist"), to: "public/vendor/tfjs-wasm", match: /\.wasm$/ },
  { from: path.join(packageDir("@mediapipe/tasks-vision"), "wasm"), to: "public/vendor/mediapipe-wasm", match: /\.(js|wasm)$/ },
  { from: path.join(packageDir("@ffmpeg/core"), "dist/esm"), to: "public/vendor/ffmpeg/core", match: /^ffmpeg-core\.(js|wasm)$/ },
  { from: path.join(packageDir("@ffmpeg/ffmpeg"), "dist/esm"), to: "public/vendor/ffmpeg/ffmpeg", match: /\.js$/ },
  { from: path.join(packageDir("@ffmpeg/util"), "dist/esm"), to: "public/vendor/ffmpeg/util", match: /\.js$/ },
];
for (const runtime of runtimes) {
  const files = readdirSync(runtime.from).filter((file) => runtime.match.test(file));
  if (files.length === 0) throw new Error(`no runtime files found in ${runtime.from}`);
  for (const file of files) copy(path.join(runtime.from, file), path.join(root, runtime.to, file));
}

console.log(`Model assets: ${modelCount} tfjs models copied and complete, ${runtimes.length} browser runtimes copied.`);
