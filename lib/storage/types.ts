/** What every storage driver offers; the rest of the app never knows which one is active. */
export interface StoredFile {
  key: string;
  sizeBytes: number;
}

export interface StorageDriver {
  readonly name: "LOCAL" | "UPLOADTHING";
  /** A path on this machine holding the file's bytes, downloading it first if needed (for ffmpeg). */
  localCopy(key: string): Promise<{ path: string; release: () => Promise<void> }>;
  /** Streams the file back (for authorised playback and export). */
  read(key: string): Promise<{ stream: ReadableStream<Uint8Array>; sizeBytes: number }>;
  delete(key: string): Promise<void>;
}
