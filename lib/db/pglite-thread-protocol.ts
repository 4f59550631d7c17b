/**
 * Messages between the web server's thread and the embedded database's own thread
 * (./pglite-thread.ts). Types only: the thread runs this file's importer with Node's own type
 * stripping, so nothing here may exist at run time.
 */
import type { IsolationLevel, SqlQuery } from "@prisma/driver-adapter-utils";

export type ThreadRequest =
  /** Prisma's statements, outside (no `tx`) or inside one of the thread's open transactions. */
  | { id: number; op: "query" | "execute"; tx?: number; query: SqlQuery }
  | { id: number; op: "script"; script: string }
  | { id: number; op: "begin"; isolationLevel?: IsolationLevel }
  | { id: number; op: "commit" | "rollback"; tx: number }
  /** The job queue's statements (pg-boss speaks to PGlite's own query and exec). */
  | { id: number; op: "pgQuery"; sql: string; params?: unknown[] }
  | { id: number; op: "pgExec"; sql: string }
  | { id: number; op: "listen"; channel: string }
  | { id: number; op: "unlisten"; listenId: number }
  | { id: number; op: "close" };

/** Request fields without the id, which the client assigns. */
export type ThreadCall = ThreadRequest extends infer R ? (R extends ThreadRequest ? Omit<R, "id"> : never) : never;

/**
 * An error as it crosses threads. Structured cloning keeps an Error's message but drops its own
 * fields (PostgreSQL's code, detail...), which callers match on, so they are carried explicitly.
 */
export type ThreadError =
  /** A DriverAdapterError's cause: Prisma maps it to its own error codes (P2002 and so on). */
  | { kind: "driver"; cause: unknown }
  | { kind: "error"; name: string; message: string; fields: Record<string, unknown> };

export type ThreadReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: ThreadError }
  | { notify: number; payload: string }
  /** The database could not be opened: every call fails until the process opens it again. */
  | { fatal: ThreadError };
