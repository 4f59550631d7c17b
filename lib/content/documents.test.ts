import { describe, expect, it } from "vitest";
import { zipSync, strToU8 } from "fflate";
import { DocumentError, documentKind, extractDocumentText } from "./documents";
import { buildDocx, buildScannedPdf, buildTextPdf, COVER_LETTER } from "./testing/document-fixtures";

describe("extractDocumentText", () => {
  it("reads a PDF's text layer", async () => {
    const { kind, text } = await extractDocumentText(buildTextPdf(COVER_LETTER));
    expect(kind).toBe("PDF");
    expect(text).toContain("response times fell by 30%");
    expect(text).toContain("Dear hiring manager,");
  });

  it("refuses a scanned PDF with that reason", async () => {
    await expect(extractDocumentText(buildScannedPdf())).rejects.toMatchObject({ code: "NO_TEXT_LAYER", message: expect.stringMatching(/no text layer/) });
  });

  it("reads a DOCX", async () => {
    const { kind, text } = await extractDocumentText(buildDocx(COVER_LETTER));
    expect(kind).toBe("DOCX");
    expect(text.split("\n\n")).toEqual(COVER_LETTER);
  });

  it("reads plain UTF-8 text and strips a byte-order mark", async () => {
    const { kind, text } = await extractDocumentText(new TextEncoder().encode("\uFEFFHello there, café.\r\n"));
    expect(kind).toBe("TXT");
    expect(text).toBe("Hello there, café.");
  });

  it("refuses other types by their bytes, whatever the name", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await expect(extractDocumentText(png)).rejects.toMatchObject({ code: "UNSUPPORTED_DOCUMENT", message: expect.stringMatching(/an image/) });
    const zip = zipSync({ "notes.txt": strToU8("hi") });
    expect(documentKind(zip)).toBeNull();
    await expect(extractDocumentText(zip)).rejects.toBeInstanceOf(DocumentError);
    await expect(extractDocumentText(new Uint8Array())).rejects.toMatchObject({ code: "EMPTY_DOCUMENT" });
  });
});
