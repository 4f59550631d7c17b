/**
 * The embedded database on its own thread, on a migrated PGlite folder of its own (so this file
 * checks the thread whichever database the rest of the suite runs on): what Prisma and the job
 * queue get through it must be what they got from PGlite in their own thread.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "./migrate";
import { openPgliteExecutor } from "./sql-executor";
import { Prisma, PrismaClient } from "./generated/client";
import { PGliteThread, PGliteThreadAdapterFactory } from "./pglite-thread-client";

const THREAD_FILE = path.resolve("lib/db/pglite-thread.ts");
const tempDir = mkdtempSync(path.join(os.tmpdir(), "rehearse-pglite-thread-"));
const dataDir = path.join(tempDir, "pglite");
const fatal: Error[] = [];
let thread: PGliteThread;
let prisma: PrismaClient;

beforeAll(async () => {
  const executor = await openPgliteExecutor(dataDir);
  await applyMigrations(executor, path.resolve("prisma/migrations"));
  await executor.close();
  thread = new PGliteThread(THREAD_FILE, dataDir, (error) => fatal.push(error));
  prisma = new PrismaClient({ adapter: new PGliteThreadAdapterFactory(thread) });
});

afterAll(async () => {
  await prisma.$disconnect();
  await thread.close();
  rmSync(tempDir, { recursive: true, force: true });
});

const user = (email: string) => ({ email, name: "Thread Test", passwordHash: "not-a-hash" });

describe("Prisma through the database thread", () => {
  it("writes and reads rows with their dates, JSON and enums intact", async () => {
    const created = await prisma.user.create({ data: { ...user("a@thread.test"), role: "COACH" } });
    const read = await prisma.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(read.createdAt).toBeInstanceOf(Date);
    expect(read.createdAt.getTime()).toBe(created.createdAt.getTime());
    expect(read.role).toBe("COACH");
    const [row] = await prisma.$queryRaw<{ n: bigint; doc: { a: number[] }; bytes: Uint8Array }[]>`
      SELECT 9007199254740993::int8 AS n, '{"a":[1,2]}'::jsonb AS doc, '\\x0102ff'::bytea AS bytes`;
    expect(row!.n).toBe(9007199254740993n);
    expect(row!.doc).toEqual({ a: [1, 2] });
    expect([...row!.bytes]).toEqual([1, 2, 255]);
  });

  it("maps PostgreSQL's errors to Prisma's own codes across the thread", async () => {
    await prisma.user.create({ data: user("taken@thread.test") });
    const duplicate = await prisma.user.create({ data: user("taken@thread.test") }).catch((error: unknown) => error);
    expect(duplicate).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect((duplicate as Prisma.PrismaClientKnownRequestError).code).toBe("P2002");
  });

  it("commits an interactive transaction, and rolls one back when it throws", async () => {
    await prisma.$transaction(async (tx) => {
      await tx.user.create({ data: user("kept@thread.test") });
      expect(await tx.user.count({ where: { email: "kept@thread.test" } })).toBe(1);
    });
    const failed = prisma.$transaction(async (tx) => {
      await tx.user.create({ data: user("rolled-back@thread.test") });
      throw new Error("changed my mind");
    });
    await expect(failed).rejects.toThrow("changed my mind");
    expect(await prisma.user.count({ where: { email: "kept@thread.test" } })).toBe(1);
    expect(await prisma.user.count({ where: { email: "rolled-back@thread.test" } })).toBe(0);
  });

  it("keeps statements outside a transaction waiting until it ends (one connection)", async () => {
    const order: string[] = [];
    const inside = prisma.$transaction(async (tx) => {
      await tx.user.create({ data: user("ordered@thread.test") });
      await new Promise((resolve) => setTimeout(resolve, 200));
      order.push("transaction");
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const outside = prisma.user.count({ where: { email: "ordered@thread.test" } }).then((n) => {
      order.push("outside");
      return n;
    });
    await inside;
    // The count ran after the commit, so it sees the row.
    expect(await outside).toBe(1);
    expect(order).toEqual(["transaction", "outside"]);
  });
});

describe("the job queue's view of the thread", () => {
  it("runs parameterised queries, multi-statement scripts and LISTEN/NOTIFY", async () => {
    const { rows } = await thread.pg.query<{ sum: number }>("SELECT $1::int + $2::int AS sum", [2, 3]);
    expect(rows).toEqual([{ sum: 5 }]);
    const results = await thread.pg.exec("CREATE TEMP TABLE t (v int); INSERT INTO t VALUES (7); SELECT v FROM t");
    expect(results.at(-1)!.rows).toEqual([{ v: 7 }]);
    const payloads: string[] = [];
    const unlisten = await thread.pg.listen("thread_test", (payload) => payloads.push(payload));
    await thread.pg.query("SELECT pg_notify('thread_test', 'hello')");
    await expect.poll(() => payloads).toEqual(["hello"]);
    await unlisten();
    await thread.pg.query("SELECT pg_notify('thread_test', 'unheard')");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(payloads).toEqual(["hello"]);
  });

  it("keeps PostgreSQL's error fields (the code pg-boss matches on)", async () => {
    const error = (await thread.pg.query("SELECT * FROM no_such_table").then(
      () => null,
      (e: unknown) => e,
    )) as Error & { code?: string };
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toMatch(/no_such_table/);
    expect(error.code).toBe("42P01");
  });
});

describe("the thread's life", () => {
  it("reports a database that cannot be opened, and fails every call with that reason", async () => {
    const notAFolder = path.join(tempDir, "a-file");
    writeFileSync(notAFolder, "not a database");
    const errors: Error[] = [];
    const broken = new PGliteThread(THREAD_FILE, notAFolder, (error) => errors.push(error));
    await expect(broken.pg.query("SELECT 1")).rejects.toThrow();
    await expect.poll(() => errors.length).toBe(1);
    await expect(broken.pg.query("SELECT 1")).rejects.toThrow(errors[0]!.message);
    await broken.close();
    expect(fatal).toEqual([]);
  });

  it("neither lets a script end while a statement is pending nor keeps a finished one alive", () => {
    // A script that leaves the database open: it must print the slow statement's answer, then exit.
    const script = `
      import { PGliteThread } from "./lib/db/pglite-thread-client.ts";
      const thread = new PGliteThread(${JSON.stringify(THREAD_FILE)}, "memory://", () => {});
      const { rows } = await thread.pg.query("SELECT pg_sleep(0.3), 42 AS answer");
      console.log("answer", rows[0].answer);`;
    const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: process.cwd(), encoding: "utf8", timeout: 60_000 });
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.stdout).toContain("answer 42");
    expect(result.status).toBe(0);
  });
});
