/**
 * Node-side model loading for tfjs: Node has no file:// loader, so this IOHandler reads model.json and
 * concatenates its weight shards (layers or graph models alike), and `initNodeWasmBackend` points the
 * wasm backend at the .wasm files shipped in node_modules.
 * It uses node:fs, so browser code must never import it.
 */
import "server-only";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type * as tfTypes from "@tensorflow/tfjs";
import { z } from "zod";

const weightEntrySchema = z.looseObject({
  name: z.string(),
  shape: z.array(z.number().int().nonnegative()),
  dtype: z.enum(["float32", "int32", "bool", "string", "complex64"]),
});

export const modelJsonSchema = z.looseObject({
  format: z.string().optional(),
  generatedBy: z.string().optional(),
  convertedBy: z.string().nullable().optional(),
  modelTopology: z.record(z.string(), z.unknown()),
  userDefinedMetadata: z.record(z.string(), z.unknown()).optional(),
  weightsManifest: z.array(z.object({ paths: z.array(z.string().min(1)), weights: z.array(weightEntrySchema) })).min(1),
});

export type ModelJson = z.infer<typeof modelJsonSchema>;

/** An IOHandler that loads `modelJsonPath` and the shards it names (paths relative to model.json). */
export function fileModelHandler(modelJsonPath: string): tfTypes.io.IOHandler {
  return {
    async load() {
      const json = modelJsonSchema.parse(JSON.parse(await readFile(modelJsonPath, "utf8")));
      const dir = path.dirname(modelJsonPath);
      const buffers: Uint8Array[] = [];
      for (const group of json.weightsManifest) {
        for (const shard of group.paths) {
          const resolved = path.resolve(dir, shard);
          if (path.relative(dir, resolved).startsWith("..")) throw new Error(`weight shard ${shard} escapes the model folder`);
          buffers.push(await readFile(resolved));
        }
      }
      const total = buffers.reduce((n, b) => n + b.byteLength, 0);
      const weightData = new Uint8Array(total);
      let offset = 0;
      for (const b of buffers) {
        weightData.set(b, offset);
        offset += b.byteLength;
      }
      return {
        modelTopology: json.modelTopology as tfTypes.io.ModelArtifacts["modelTopology"],
        weightSpecs: json.weightsManifest.flatMap((g) => g.weights),
        weightData: weightData.buffer,
        format: json.format,
        generatedBy: json.generatedBy,
        convertedBy: json.convertedBy ?? null,
        userDefinedMetadata: json.userDefinedMetadata as Record<string, object> | undefined,
      };
    },
  };
}

/** Folder of the repository's public/ (models are served from /models/... in the browser). */
export function publicDir(repoRoot = process.cwd()): string {
  return path.join(repoRoot, "public");
}

/** Absolute path on disk of a registry path such as "/models/rehearse-fer/model.json". */
export function publicFilePath(urlPath: string, repoRoot = process.cwd()): string {
  return path.join(publicDir(repoRoot), ...urlPath.split("/").filter(Boolean));
}

/**
 * Select tfjs's wasm backend in Node. `tf` is passed in so the caller's tfjs instance is the one configured.
 * Single-threaded SIMD wasm, which is what most browsers without cross-origin isolation get as well.
 */
export async function initNodeWasmBackend(tf: typeof tfTypes): Promise<void> {
  if (tf.getBackend() === "wasm") return;
  const require = createRequire(import.meta.url);
  const wasm = await import("@tensorflow/tfjs-backend-wasm");
  const distDir = path.dirname(require.resolve("@tensorflow/tfjs-backend-wasm"));
  wasm.setWasmPaths(distDir + path.sep);
  if (!(await tf.setBackend("wasm"))) throw new Error("tfjs wasm backend failed to initialise");
  await tf.ready();
}
