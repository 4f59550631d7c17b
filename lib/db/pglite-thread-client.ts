/**
 * The web server's side of the embedded database's thread (./pglite-thread.ts): a Prisma driver
 * adapter and a PGlite-like handle for the job queue, both sending their statements there.
 * The thread hosts the real `pglite-prisma-adapter`, so what Prisma receives is exactly what it
 * received when PGlite ran in this thread; only the rows cross (structured cloning keeps dates,
 * byte arrays and bigints as they are).
 */
import { Worker } from "node:worker_threads";
import {
  DriverAdapterError,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
  type TransactionOptions,
} from "@prisma/driver-adapter-utils";
import type { ThreadCall, ThreadError, ThreadReply } from "./pglite-thread-protocol";

function toError(error: ThreadError): Error {
  if (error.kind === "driver") return new DriverAdapterError(error.cause as ConstructorParameters<typeof DriverAdapterError>[0]);
  return Object.assign(new Error(error.message), { name: error.name }, error.fields);
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export class PGliteThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<number, (payload: string) => void>();
  private nextId = 1;
  private failure: Error | null = null;

  /** `onFatal`: the database could not be opened, or the thread ended; the caller opens a new one. */
  constructor(threadFile: string, dataDir: string, onFatal: (error: Error) => void) {
    // execArgv: none of this process's flags (an inspector port, a loader) belong to the thread.
    this.worker = new Worker(threadFile, { workerData: { dataDir }, execArgv: [] });
    // An idle thread must not keep a finished script alive; a pending call does (see call()).
    this.worker.unref();
    this.worker.on("message", (reply: ThreadReply) => {
      if ("fatal" in reply) return this.fail(toError(reply.fatal), onFatal);
      if ("notify" in reply) return this.listeners.get(reply.notify)?.(reply.payload);
      const pending = this.pending.get(reply.id);
      if (!pending) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) this.worker.unref();
      if (reply.ok) pending.resolve(reply.value);
      else pending.reject(toError(reply.error));
    });
    this.worker.on("error", (error) => this.fail(error, onFatal));
    this.worker.on("exit", (code) => this.fail(new Error(`The embedded database's thread ended (exit code ${code}).`), onFatal));
  }

  private fail(error: Error, onFatal: (error: Error) => void) {
    if (this.failure) return;
    this.failure = error;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
    // A thread whose database failed to open holds nothing worth keeping; the next one starts fresh.
    void this.worker.terminate();
    onFatal(error);
  }

  call<T>(request: ThreadCall): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ ...request, id });
    });
  }

  /** The job queue's view of the database: pg-boss's `fromPglite` needs query, exec and listen. */
  readonly pg = {
    query: <T = Record<string, unknown>>(sql: string, params?: unknown[]) => this.call<{ rows: T[] }>({ op: "pgQuery", sql, params }),
    exec: (sql: string) => this.call<{ rows: unknown[] }[]>({ op: "pgExec", sql }),
    listen: async (channel: string, callback: (payload: string) => void) => {
      const listenId = await this.call<number>({ op: "listen", channel });
      this.listeners.set(listenId, callback);
      return async () => {
        this.listeners.delete(listenId);
        await this.call({ op: "unlisten", listenId });
      };
    },
  };

  async close(): Promise<void> {
    if (!this.failure) await this.call({ op: "close" });
    this.failure ??= new Error("The embedded database is closed.");
    await this.worker.terminate();
  }
}

const ADAPTER_NAME = "pglite-prisma-adapter";

class ThreadQueryable {
  readonly provider = "postgres" as const;
  readonly adapterName = ADAPTER_NAME;
  constructor(
    protected readonly thread: PGliteThread,
    protected readonly tx?: number,
  ) {}

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.thread.call({ op: "query", tx: this.tx, query });
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.thread.call({ op: "execute", tx: this.tx, query });
  }
}

class ThreadTransaction extends ThreadQueryable implements Transaction {
  constructor(
    thread: PGliteThread,
    tx: number,
    readonly options: TransactionOptions,
  ) {
    super(thread, tx);
  }

  commit(): Promise<void> {
    return this.thread.call({ op: "commit", tx: this.tx! });
  }

  rollback(): Promise<void> {
    return this.thread.call({ op: "rollback", tx: this.tx! });
  }
}

class ThreadAdapter extends ThreadQueryable implements SqlDriverAdapter {
  executeScript(script: string): Promise<void> {
    return this.thread.call({ op: "script", script });
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const { tx, options } = await this.thread.call<{ tx: number; options: TransactionOptions }>({ op: "begin", isolationLevel });
    return new ThreadTransaction(this.thread, tx, options);
  }

  getConnectionInfo() {
    // What pglite-prisma-adapter reports: no schema option, relation joins supported.
    return { supportsRelationJoins: true };
  }

  dispose(): Promise<void> {
    return Promise.resolve();
  }
}

/** Prisma's adapter for the embedded database on its own thread. */
export class PGliteThreadAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = ADAPTER_NAME;
  constructor(private readonly thread: PGliteThread) {}

  connect(): Promise<SqlDriverAdapter> {
    return Promise.resolve(new ThreadAdapter(this.thread));
  }
}
