/**
 * The embedded database's own thread. PGlite is PostgreSQL compiled to WebAssembly: on the web
 * server's thread, every statement it ran was time that thread could not spend rendering pages
 * (about a quarter of a report request). Here it runs beside that thread, on the other core, and
 * the web server only sends statements and receives rows (./pglite-thread-client.ts).
 *
 * Run by Node directly (a worker thread, not bundled by Next.js), with Node's own TypeScript type
 * stripping: only erasable syntax and package imports here.
 */
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { SqlDriverAdapter, Transaction } from "@prisma/driver-adapter-utils";
import type { ThreadError, ThreadReply, ThreadRequest } from "./pglite-thread-protocol";

const port = parentPort;
if (!port) throw new Error("pglite-thread.ts runs as a worker thread.");
const { dataDir } = workerData as { dataDir: string };

function describeError(error: unknown): ThreadError {
  if (error instanceof Error && error.name === "DriverAdapterError" && typeof error.cause === "object") {
    return { kind: "driver", cause: error.cause };
  }
  if (error instanceof Error) {
    const fields = Object.fromEntries(Object.entries(error).filter(([, value]) => typeof value !== "function"));
    return { kind: "error", name: error.name, message: error.message, fields };
  }
  return { kind: "error", name: "Error", message: String(error), fields: {} };
}

const post = (reply: ThreadReply) => port.postMessage(reply);

const pglite = new PGlite(dataDir);
pglite.waitReady.catch((error: unknown) => post({ fatal: describeError(error) }));
const adapter: Promise<SqlDriverAdapter> = new PrismaPGlite(pglite).connect();
const transactions = new Map<number, Transaction>();
const listeners = new Map<number, () => Promise<void>>();
let nextHandle = 1;

function queryable(tx: number | undefined) {
  if (tx === undefined) return adapter;
  const transaction = transactions.get(tx);
  if (!transaction) throw new Error(`Transaction ${tx} is not open.`);
  return transaction;
}

async function settle(tx: number, end: "commit" | "rollback") {
  const transaction = transactions.get(tx);
  if (!transaction) throw new Error(`Transaction ${tx} is not open.`);
  transactions.delete(tx);
  await transaction[end]();
}

async function run(request: ThreadRequest): Promise<unknown> {
  switch (request.op) {
    case "query":
      return (await queryable(request.tx)).queryRaw(request.query);
    case "execute":
      return (await queryable(request.tx)).executeRaw(request.query);
    case "script":
      return (await adapter).executeScript(request.script);
    case "begin": {
      const transaction = await (await adapter).startTransaction(request.isolationLevel);
      const tx = nextHandle++;
      transactions.set(tx, transaction);
      return { tx, options: transaction.options };
    }
    case "commit":
    case "rollback":
      return settle(request.tx, request.op);
    case "pgQuery":
      return pglite.query(request.sql, request.params);
    case "pgExec":
      return pglite.exec(request.sql);
    case "listen": {
      const listenId = nextHandle++;
      listeners.set(listenId, await pglite.listen(request.channel, (payload) => post({ notify: listenId, payload })));
      return listenId;
    }
    case "unlisten":
      await listeners.get(request.listenId)?.();
      listeners.delete(request.listenId);
      return null;
    case "close":
      await pglite.close();
      return null;
  }
}

port.on("message", (request: ThreadRequest) => {
  run(request).then(
    (value) => post({ id: request.id, ok: true, value }),
    (error: unknown) => post({ id: request.id, ok: false, error: describeError(error) }),
  );
});
