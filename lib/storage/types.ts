/** What every storage driver offers; the rest of the app never knows which one is active. */
export interface StoredFile {
  key: string;
  sizeBytes: number;
}

export interface ByteRange {
  start: number;
  end: number;
}

export interface StorageDriver {
  readonly name: "LOCAL" | "UPLOADTHING";
  /** A path on this machine holding the file's bytes, downloading it first if needed (for ffmpeg). */
  localCopy(key: string): Promise<{ path: string; release: () => Promise<void> }>;
  /** Streams the file back, or the inclusive byte range given (for authorised playback with seeking). */
  read(key: string, range?: ByteRange): Promise<{ stream: ReadableStream<Uint8Array>; sizeBytes: number }>;
  delete(key: string): Promise<void>;
}
