/**
 * Text from a document answer (a cover letter or CV): PDF through `unpdf` (MIT, pdf.js), DOCX through
 * `mammoth` (BSD-2-Clause), plain UTF-8 text as is. The type is read from the first bytes, not the
 * file name, so a renamed file is refused for what it is. A PDF whose pages carry no text (a scan)
 * is refused with that reason instead of analysing nothing. Node only (Buffer); no "server-only"
 * marker because `npm run analyze:text` runs it outside Next.
 */

export type DocumentKind = "PDF" | "DOCX" | "TXT";

export const ACCEPTED_DOCUMENTS = "PDF, Word (.docx) or plain text (.txt)";

export class DocumentError extends Error {
  constructor(
    readonly code: "UNSUPPORTED_DOCUMENT" | "NO_TEXT_LAYER" | "EMPTY_DOCUMENT" | "UNREADABLE_DOCUMENT",
    message: string,
  ) {
    super(message);
    this.name = "DocumentError";
  }
}

const startsWith = (bytes: Uint8Array, ascii: string) => [...ascii].every((char, i) => bytes[i] === char.charCodeAt(0));

/** What the first bytes say a file is, for the refusal message. */
function describeOther(bytes: Uint8Array): string {
  if (startsWith(bytes, "PK\u0003\u0004")) return "a zip archive that is not a Word document";
  if (startsWith(bytes, "\u00d0\u00cf\u0011\u00e0")) return "an old-style Word or Office file (.doc); save it as .docx or PDF";
  if (startsWith(bytes, "\u0089PNG") || startsWith(bytes, "\u00ff\u00d8\u00ff")) return "an image; upload the document itself, not a picture of it";
  if (startsWith(bytes, "{\\rtf")) return "an RTF file; save it as .docx or PDF";
  return "not a PDF, Word or text file";
}

/** Plain text: valid UTF-8 with no NUL and few control characters. */
function asText(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  if (text.includes("\u0000")) return null;
  const control = text.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0;
  return control > text.length * 0.01 ? null : text.replace(/^\uFEFF/, "");
}

function isDocx(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, "PK\u0003\u0004")) return false;
  // The zip's central directory names every part; a Word document has word/document.xml.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes("word/document.xml");
}

export function documentKind(bytes: Uint8Array): DocumentKind | null {
  if (startsWith(bytes, "%PDF-")) return "PDF";
  if (isDocx(bytes)) return "DOCX";
  return asText(bytes) === null ? null : "TXT";
}

/** Fewer visible characters than this across a PDF's pages means it has no usable text layer. */
const MIN_PDF_TEXT_CHARS = 20;

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { extractText, getDocumentProxy } = await import("unpdf");
  let pages: number;
  let text: string;
  try {
    // pdf.js may detach the buffer it is given: pass a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const result = await extractText(pdf, { mergePages: false });
    pages = result.totalPages;
    text = result.text.join("\n\n");
  } catch (error) {
    throw new DocumentError("UNREADABLE_DOCUMENT", `This PDF could not be read (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (text.replace(/\s+/g, "").length < MIN_PDF_TEXT_CHARS) {
    throw new DocumentError(
      "NO_TEXT_LAYER",
      `This PDF has no text layer (${pages} page${pages === 1 ? "" : "s"} of images, as from a scanner), so there is nothing to analyse. Export it from your word processor as PDF, or upload the .docx.`,
    );
  }
  return text;
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const mammoth = (await import("mammoth")).default;
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return result.value;
  } catch (error) {
    throw new DocumentError("UNREADABLE_DOCUMENT", `This Word document could not be read (${error instanceof Error ? error.message : String(error)}).`);
  }
}

export async function extractDocumentText(bytes: Uint8Array): Promise<{ kind: DocumentKind; text: string }> {
  if (bytes.byteLength === 0) throw new DocumentError("EMPTY_DOCUMENT", "The file is empty.");
  const kind = documentKind(bytes);
  if (!kind) throw new DocumentError("UNSUPPORTED_DOCUMENT", `Only ${ACCEPTED_DOCUMENTS} files can be analysed; this file is ${describeOther(bytes)}.`);
  const raw = kind === "PDF" ? await pdfText(bytes) : kind === "DOCX" ? await docxText(bytes) : asText(bytes)!;
  const text = raw.replace(/\r\n?/g, "\n").replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
  if (!text) throw new DocumentError("EMPTY_DOCUMENT", "The document has no text in it.");
  return { kind, text };
}
