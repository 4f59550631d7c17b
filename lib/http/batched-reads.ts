interface Waiting<T> {
  id: string;
  resolve: (value: T) => void;
  reject: (error: Error) => void;
}

/**
 * One read for many callers: the ids asked for in the same moment (before the event loop's next
 * turn) go to `readMany` together, and each caller gets its own value back. An id `readMany` does
 * not return is rejected with `missing(id)`; a failed read rejects everyone who was waiting on it.
 */
export function batchedReads<T>(readMany: (ids: string[]) => Promise<ReadonlyMap<string, T>>, missing: (id: string) => Error): (id: string) => Promise<T> {
  let waiting: Waiting<T>[] = [];
  const flush = async () => {
    const batch = waiting;
    waiting = [];
    try {
      const values = await readMany([...new Set(batch.map((w) => w.id))]);
      for (const w of batch) {
        const value = values.get(w.id);
        if (value === undefined) w.reject(missing(w.id));
        else w.resolve(value);
      }
    } catch (error) {
      for (const w of batch) w.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
  return (id) =>
    new Promise<T>((resolve, reject) => {
      if (waiting.length === 0) setTimeout(() => void flush(), 0);
      waiting.push({ id, resolve, reject });
    });
}
