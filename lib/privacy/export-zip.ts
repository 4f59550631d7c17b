/**
 * The data export as a zip: manifest.json (everything in ./export-data.ts) and every stored
 * recording under recordings/. Streamed as it is built; media are stored uncompressed (they are
 * compressed already). A file the manifest lists but storage cannot read is named in
 * missing-files.txt rather than silently left out.
 */
import "server-only";
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from "fflate";
import type { Viewer } from "@/lib/auth/viewer";
import { storageFor } from "@/lib/storage/drivers";
import { exportUserData } from "./export-data";

export async function exportZip(viewer: Viewer): Promise<ReadableStream<Uint8Array>> {
  const { files, ...manifest } = await exportUserData(viewer);
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const zip = new Zip((error, chunk, final) => {
        if (error) return controller.error(error);
        controller.enqueue(chunk);
        if (final) controller.close();
      });
      const addText = (name: string, text: string) => {
        const entry = new ZipDeflate(name, { level: 6 });
        zip.add(entry);
        entry.push(strToU8(text), true);
      };
      addText("manifest.json", JSON.stringify(manifest, null, 2));
      const missing: string[] = [];
      for (const file of files) {
        try {
          const { stream } = await storageFor(file.driver).read(file.key);
          const entry = new ZipPassThrough(file.file);
          zip.add(entry);
          const reader = stream.getReader();
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            entry.push(value);
          }
          entry.push(new Uint8Array(0), true);
        } catch (error) {
          console.error(`[privacy] export could not read ${file.key}:`, error);
          missing.push(file.file);
        }
      }
      if (missing.length > 0) addText("missing-files.txt", `These recordings could not be read from storage:\n${missing.join("\n")}\n`);
      zip.end();
    },
  });
}
