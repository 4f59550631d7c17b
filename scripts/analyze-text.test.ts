import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildDocx, COVER_LETTER } from "@/lib/content/testing/document-fixtures";

const dir = mkdtempSync(path.join(tmpdir(), "analyze-text-"));
const run = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "scripts/analyze-text.ts", ...args], { encoding: "utf8" });

describe("npm run analyze:text", () => {
  it("prints the content analysis of a DOCX as JSON on its last line", () => {
    const file = path.join(dir, "letter.docx");
    writeFileSync(file, buildDocx(COVER_LETTER));
    const result = run(file, "--question", "Tell me about a time you improved a process.");
    expect(result.status).toBe(0);
    const last = JSON.parse(result.stdout.trim().split("\n").at(-1)!);
    expect(last.kind).toBe("DOCX");
    expect(last.wordCount).toBe(34);
    expect(last.star.situation).toEqual({ present: true, sentences: ["At my last job I led the migration of our ticket system."], cues: ["at my last"] });
    expect(last.star.result.present).toBe(true);
    expect(last.pronouns).toMatchObject({ i: 3, we: 1 }); // "I am", "my", "I led"; "our"
    expect(last.hedges).toMatchObject({ count: 0, items: [] });
    expect(last.topWords.length).toBeGreaterThan(3);
    expect(typeof last.readability.grade).toBe("number");
  });

  it("refuses another file type with exit code 2 and the reason", () => {
    const file = path.join(dir, "picture.png");
    writeFileSync(file, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    const result = run(file);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Only PDF, Word \(\.docx\) or plain text \(\.txt\) files can be analysed; this file is an image/);
    expect(result.stdout).toBe("");
  });
});
