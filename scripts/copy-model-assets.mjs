// Copies model weights and browser runtimes out of npm packages into public/ (run on install),
// verifies each copy, and writes public/models/manifest.json with sizes and SHA-256 sums so the
// app's model registry can say exactly which files produced a number. Nothing is downloaded.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
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

function sha256(file) {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

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

function manifestEntry(dir, files) {
  const entries = files.map((file) => {
    const full = path.join(dir, file);
    return { file, sizeBytes: statSync(full).size, sha256: sha256(full) };
  });
  return { files: entries, sizeBytes: entries.reduce((sum, entry) => sum + entry.sizeBytes, 0) };
}

const manifest = { generatedBy: "scripts/copy-model-assets.mjs", models: {} };

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
  const { files } = verifyTfjsModel(path.join(humanTarget, `${name}.json`));
  manifest.models[`human/${name}`] = manifestEntry(humanTarget, files);
}

// 2. Our own FER networks are committed as public/models/<id>/model.json: verify each one.
for (const id of readdirSync(path.join(root, "public/models")).filter((name) => name !== "human")) {
  const ownModel = path.join(root, "public/models", id, "model.json");
  if (!existsSync(ownModel)) continue;
  const { files } = verifyTfjsModel(ownModel);
  manifest.models[id] = manifestEntry(path.dirname(ownModel), files);
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

writeFileSync(path.join(root, "public/models/manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
const total = Object.values(manifest.models).reduce((sum, model) => sum + model.sizeBytes, 0);
console.log(
  `Model assets: ${Object.keys(manifest.models).length} models verified (${(total / 1e6).toFixed(1)} MB), ` +
    `${runtimes.length} browser runtimes copied.`,
);
