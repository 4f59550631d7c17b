import { describe, expect, it } from "vitest";
import { sniffMedia } from "./media-sniff";

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe("sniffMedia", () => {
  it("detects webm and matroska by EBML DocType", () => {
    const ebml = [0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84];
    expect(sniffMedia(bytes(ebml, "webm", [0x42, 0x87]))?.kind).toBe("webm");
    expect(sniffMedia(bytes(ebml.slice(0, 11), [0x88], "matroska"))?.kind).toBe("matroska");
  });

  it("detects wav, ogg, flac", () => {
    expect(sniffMedia(bytes("RIFF", [0x24, 0, 0, 0], "WAVEfmt "))?.kind).toBe("wav");
    expect(sniffMedia(bytes("RIFF", [0x24, 0, 0, 0], "AVI LIST"))).toBeNull();
    expect(sniffMedia(bytes("OggS", [0, 2]))?.kind).toBe("ogg");
    expect(sniffMedia(bytes("fLaC", [0, 0, 0, 34]))?.kind).toBe("flac");
  });

  it("detects mp4 and m4a by ftyp brand", () => {
    expect(sniffMedia(bytes([0, 0, 0, 0x20], "ftypisom", [0, 0, 2, 0]))).toEqual({ kind: "mp4", mime: "video/mp4" });
    expect(sniffMedia(bytes([0, 0, 0, 0x20], "ftypM4A ", [0, 0, 0, 0]))).toEqual({ kind: "mp4", mime: "audio/mp4" });
  });

  it("detects mp3 by ID3 tag or MPEG frame sync", () => {
    expect(sniffMedia(bytes("ID3", [4, 0, 0]))?.kind).toBe("mp3");
    // MPEG-1 layer III, 128 kbps, 44.1 kHz
    expect(sniffMedia(bytes([0xff, 0xfb, 0x90, 0x64]))?.kind).toBe("mp3");
    // bad bitrate index 1111
    expect(sniffMedia(bytes([0xff, 0xfb, 0xf0, 0x64]))).toBeNull();
  });

  it("rejects text, empty and short input", () => {
    expect(sniffMedia(bytes("hello, this is a text file"))).toBeNull();
    expect(sniffMedia(new Uint8Array())).toBeNull();
    expect(sniffMedia(bytes([0x1a, 0x45]))).toBeNull();
  });
});
