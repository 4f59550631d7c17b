/**
 * A small in-memory cache whose entries are only served while the data they were computed from is
 * unchanged: every read names the version of that data (a fingerprint the caller reads from the
 * database each time), and an entry stored under another version is recomputed. Exact, so no
 * time-to-live is needed; the oldest entries go first once `maxEntries` is reached. Pure.
 *
 * It holds nothing about who asked: callers put everything the value depends on in the key and the
 * version, and check access before they read it.
 */
export class VersionedCache<V> {
  readonly #entries = new Map<string, { version: string; value: V }>();

  constructor(private readonly maxEntries: number) {}

  /** The value stored under `key` if it was computed from `version` of the data, else undefined. */
  get(key: string, version: string): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.version !== version) {
      this.#entries.delete(key);
      return undefined;
    }
    // Re-inserted: Map keeps insertion order, so the first key is always the least recently used.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  set(key: string, version: string, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, { version, value });
    while (this.#entries.size > this.maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
  }

  get size(): number {
    return this.#entries.size;
  }

  clear(): void {
    this.#entries.clear();
  }
}
