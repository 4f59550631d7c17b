// npm run bench:http [-- --connections 10 --duration 15 --port 3300 --audio <dir>]
// Load test of the BUILT app (run `npm run build` first) with autocannon and a signed-in cookie:
// the landing page, the candidate dashboard, a report page and the details its first screen asks
// for (/api/sessions/[id]/details, two answers), first with no analysis running,
// then the report again while real speech analyses run in the same server (recordings from
// --audio, default ../shared/data/speech/librispeech, uploaded through the media API). A fresh
// embedded database under data/bench-http/<run> (or DATABASE_URL's PostgreSQL, rows left there)
// is migrated, seeded, and given one analysed session. Writes bench/results/http.json with the
// machine's load beside every figure.
import "./lib/react-server";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { quantileSorted } from "@/lib/stats";
import { SERVE_BUNDLE } from "./lib/serve-bundle";

const { values: flags } = parseArgs({
  options: {
    connections: { type: "string", default: "10" },
    duration: { type: "string", default: "15" },
    port: { type: "string", default: "3300" },
    audio: { type: "string", default: "../shared/data/speech/librispeech" },
    keep: { type: "boolean", default: false },
  },
});
const connections = Number(flags.connections);
const duration = Number(flags.duration);
const port = Number(flags.port);
const base = `http://127.0.0.1:${port}`;
const root = path.resolve(import.meta.dirname, "..");
if (!existsSync(path.join(root, ".next/BUILD_ID")) || !existsSync(SERVE_BUNDLE)) {
  console.error("bench:http measures the built app: run `npm run build` first.");
  process.exit(2);
}

const run = `run-${Date.now().toString(36)}`;
const dataDir = path.join(root, "data/bench-http", run);
const database = process.env.DATABASE_URL ? "postgresql" : "pglite";
Object.assign(process.env, {
  NODE_ENV: "production",
  DATA_DIR: dataDir,
  PGLITE_DIR: path.join(dataDir, "pglite"),
  UPLOADS_DIR: path.join(dataDir, "uploads"),
  AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-http-secret-bench-http-secret-0000",
  RUN_WORKER_IN_APP: "true",
});
mkdirSync(dataDir, { recursive: true });

function runScript(script: string) {
  const result = spawnSync("npx", ["tsx", script], { cwd: root, env: process.env, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${script} failed`);
}

/** One analysed LIVE session for the demo candidate, and an AUDIO_ONLY one waiting for uploads. */
async function seedSessions(uploadSlots: number) {
  const { db, closeDb } = await import("@/lib/db/prisma");
  const { benchVariants } = await import("@/lib/dashboards/bench/fixtures");
  const { DEMO_ACCOUNTS } = await import("../prisma/seed-data");
  const candidate = await db().user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.find((a) => a.role === "CANDIDATE")!.email } });
  const bank = await db().questionBank.findFirstOrThrow({ where: { published: true }, include: { questions: { orderBy: { position: "asc" } } } });
  const questions = bank.questions.slice(0, 5);
  const variants = benchVariants(questions.length);
  const report = await db().interviewSession.create({
    data: { candidateId: candidate.id, bankId: bank.id, mode: "LIVE", status: "COMPLETED", completedAt: new Date() },
  });
  const reportAnswerIds: string[] = [];
  for (const [position, question] of questions.entries()) {
    const variant = variants[position]!;
    const { id } = await db().answer.create({
      data: {
        sessionId: report.id,
        questionId: question.id,
        candidateId: candidate.id,
        position,
        status: "DONE",
        durationSec: variant.speech.durationSec,
        transcript: variant.speech.transcript,
        speechAnalysis: variant.speech,
        visionSummary: variant.vision,
        scores: variant.scores,
      },
      select: { id: true },
    });
    reportAnswerIds.push(id);
  }
  const uploads = await db().interviewSession.create({ data: { candidateId: candidate.id, bankId: bank.id, mode: "AUDIO_ONLY" } });
  const pending = [];
  for (let position = 0; position < uploadSlots; position++) {
    pending.push(
      await db().answer.create({
        data: { sessionId: uploads.id, questionId: bank.questions[position % bank.questions.length]!.id, candidateId: candidate.id, position, status: "RECORDED" },
        select: { id: true },
      }),
    );
  }
  await closeDb();
  const account = DEMO_ACCOUNTS.find((a) => a.role === "CANDIDATE")!;
  const { DEMO_PASSWORD } = await import("../prisma/seed-data");
  return { reportId: report.id, reportAnswerIds, uploadSessionId: uploads.id, pendingAnswerIds: pending.map((a) => a.id), email: account.email, password: DEMO_PASSWORD };
}

function startServer(): ChildProcess {
  // What `npm start` serves, with its Node flags.
  return spawn("npm", ["run", "--silent", "serve", "--", "-p", String(port), "-H", "127.0.0.1"], { cwd: root, env: process.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
}

async function waitForServer(timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/sign-in`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not start");
}

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);

/** Auth.js credentials sign-in over HTTP: CSRF token, then the callback; returns the Cookie header. */
async function signIn(email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${base}/dashboard` }),
  });
  const cookie = [...jar, ...cookiesOf(response)].join("; ");
  const session = (await (await fetch(`${base}/api/auth/session`, { headers: { cookie } })).json()) as { user?: { email?: string } } | null;
  if (session?.user?.email !== email) throw new Error("signing in for the benchmark failed");
  return cookie;
}

interface Figures {
  requests: number;
  requestsPerSec: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  loadavgBefore: number[];
  loadavgAfter: number[];
  /** CPU the server spent per request, on its main thread and on all its threads (database thread, GC): comparable across machines where latency is not. Null off Linux. */
  serverCpuMsPerRequest: { mainThread: number; allThreads: number } | null;
  /** Share of the machine's CPU time taken by the hypervisor from this VM during the run ("steal"). */
  cpuStealShare: number | null;
}

const CLOCK_TICKS_PER_SEC = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

/** The pid of the Node process serving the app (npm and sh sit between it and us). */
function serverPid(): number | null {
  if (!existsSync("/proc")) return null;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = (() => {
      try {
        return readFileSync(`/proc/${entry}/cmdline`, "utf8");
      } catch {
        return "";
      }
    })();
    const [program, ...args] = cmdline.split("\0");
    // The shell npm runs the script line with names the same script: the one we want is Node.
    if (path.basename(program ?? "") === "node" && args.some((arg) => arg.endsWith("serve-built.mjs")) && args.includes(String(port))) return Number(entry);
  }
  return null;
}

/** CPU milliseconds used so far by a process's main thread and by all its threads (utime + stime). */
function processCpuMs(pid: number): { mainThread: number; allThreads: number } {
  let mainThread = 0;
  let allThreads = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    // Fields after the command name: state is field 3, utime and stime fields 14 and 15.
    const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8").split(") ")[1]!.split(" ");
    const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SEC;
    allThreads += ms;
    if (tid === String(pid)) mainThread = ms;
  }
  return { mainThread, allThreads };
}

/** The machine's total and stolen CPU ticks so far (/proc/stat). */
function cpuTicks(): { total: number; steal: number } | null {
  if (!existsSync("/proc/stat")) return null;
  const values = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  return { total: values.slice(0, 8).reduce((a, b) => a + b, 0), steal: values[7] ?? 0 };
}

/** `pid`: the serving Node process (serverPid()), whose CPU is read before and after. */
async function measure(pathname: string, cookie: string | null, pid: number | null): Promise<Figures> {
  const latencies: number[] = [];
  const loadavgBefore = os.loadavg();
  const cpuBefore = pid ? processCpuMs(pid) : null;
  const ticksBefore = cpuTicks();
  const instance = autocannon({
    url: `${base}${pathname}`,
    connections,
    duration,
    timeout: 10,
    headers: cookie ? { cookie } : {},
  });
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  const cpuAfter = pid ? processCpuMs(pid) : null;
  const ticksAfter = cpuTicks();
  const perRequest = (before: number, after: number) => Math.round(((after - before) / Math.max(1, result.requests.total)) * 10) / 10;
  latencies.sort((a, b) => a - b);
  const q = (p: number) => Math.round((quantileSorted(latencies, p) ?? Number.NaN) * 10) / 10;
  return {
    requests: result.requests.total,
    requestsPerSec: Math.round(result.requests.average * 10) / 10,
    p50Ms: q(0.5),
    p95Ms: q(0.95),
    p99Ms: q(0.99),
    maxMs: latencies.at(-1) ?? 0,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    loadavgBefore: loadavgBefore.map((v) => Math.round(v * 100) / 100),
    loadavgAfter: os.loadavg().map((v) => Math.round(v * 100) / 100),
    serverCpuMsPerRequest:
      cpuBefore && cpuAfter
        ? { mainThread: perRequest(cpuBefore.mainThread, cpuAfter.mainThread), allThreads: perRequest(cpuBefore.allThreads, cpuAfter.allThreads) }
        : null,
    cpuStealShare:
      ticksBefore && ticksAfter && ticksAfter.total > ticksBefore.total
        ? Math.round(((ticksAfter.steal - ticksBefore.steal) / (ticksAfter.total - ticksBefore.total)) * 1000) / 1000
        : null,
  };
}

const cpuNote = ({ serverCpuMsPerRequest: cpu, cpuStealShare }: Figures) =>
  (cpu ? `; server CPU per request ${cpu.mainThread} ms main thread, ${cpu.allThreads} ms all threads` : "") + (cpuStealShare ? `; ${Math.round(cpuStealShare * 100)}% of CPU stolen` : "");

/** Status of the upload session's answers, sampled while the report is being measured. */
function sampleAnalysis(sessionId: string, cookie: string) {
  const samples: number[] = [];
  // A holder, not a `let`: stopping happens outside the loop, which control-flow narrowing cannot see.
  const state = { stop: false };
  const loop = (async () => {
    while (!state.stop) {
      const response = await fetch(`${base}/api/sessions/${sessionId}/status`, { headers: { cookie } }).catch(() => null);
      const body = (await response?.json().catch(() => null)) as { answers?: { status: string }[] } | null;
      samples.push(body?.answers?.filter((answer) => answer.status === "PROCESSING").length ?? 0);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  })();
  return async () => {
    state.stop = true;
    await loop;
    return { samples: samples.length, shareWithAnalysisRunning: samples.length ? samples.filter((n) => n > 0).length / samples.length : 0 };
  };
}

const audioDir = path.resolve(root, flags.audio);
const recordings = existsSync(audioDir)
  ? readdirSync(audioDir)
      .filter((name) => /\.(flac|wav|webm|ogg|mp3|m4a)$/.test(name))
      .sort()
      .map((name) => path.join(audioDir, name))
  : [];
if (recordings.length === 0) console.warn(`[bench:http] no recordings in ${audioDir}: the "analysis running" run is skipped.`);

let server: ChildProcess | undefined;
try {
  runScript("scripts/db-migrate.ts");
  runScript("prisma/seed.ts");
  const seeded = await seedSessions(Math.min(recordings.length, 12));
  server = startServer();
  const serverLog: string[] = [];
  server.stdout?.on("data", (chunk: Buffer) => serverLog.push(chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => serverLog.push(chunk.toString()));
  await waitForServer();
  const pid = serverPid();
  const cookie = await signIn(seeded.email, seeded.password);
  const pages = {
    landing: "/",
    dashboard: "/dashboard",
    report: `/sessions/${seeded.reportId}`,
    // What the report page asks for next: the details of the answers on its first screen (two cards).
    reportDetails: `/api/sessions/${seeded.reportId}/details?answers=${seeded.reportAnswerIds.slice(0, 2).join(",")}`,
  };
  for (const pathname of Object.values(pages)) for (let i = 0; i < 3; i++) await fetch(`${base}${pathname}`, { headers: { cookie } });

  const idle: Record<string, Figures> = {};
  for (const [name, pathname] of Object.entries(pages)) {
    idle[name] = await measure(pathname, name === "landing" ? null : cookie, pid);
    console.log(`[bench:http] ${name} (no analysis): p50 ${idle[name].p50Ms} ms, p95 ${idle[name].p95Ms} ms, ${idle[name].requestsPerSec} req/s, errors ${idle[name].errors}, timeouts ${idle[name].timeouts}, non-2xx ${idle[name].non2xx}${cpuNote(idle[name])}`);
  }

  let busy: (Figures & { analysis: { uploads: number; samples: number; shareWithAnalysisRunning: number } }) | null = null;
  if (recordings.length > 0) {
    for (const [index, answerId] of seeded.pendingAnswerIds.entries()) {
      const upload = await fetch(`${base}/api/answers/${answerId}/media/audio`, { method: "POST", headers: { cookie }, body: readFileSync(recordings[index]!) });
      if (upload.status !== 201) throw new Error(`upload failed: ${upload.status} ${await upload.text()}`);
    }
    // Wait until the first analysis is under way, then measure while they run one after another.
    const deadline = Date.now() + 60_000;
    for (;;) {
      const status = (await (await fetch(`${base}/api/sessions/${seeded.uploadSessionId}/status`, { headers: { cookie } })).json()) as { answers: { status: string }[] };
      if (status.answers.some((answer) => answer.status === "PROCESSING") || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const stopSampling = sampleAnalysis(seeded.uploadSessionId, cookie);
    const figures = await measure(pages.report, cookie, pid);
    busy = { ...figures, analysis: { uploads: seeded.pendingAnswerIds.length, ...(await stopSampling()) } };
    console.log(`[bench:http] report (analysis running ${Math.round(busy.analysis.shareWithAnalysisRunning * 100)}% of samples): p50 ${busy.p50Ms} ms, p95 ${busy.p95Ms} ms, ${busy.requestsPerSec} req/s, errors ${busy.errors}, timeouts ${busy.timeouts}${cpuNote(busy)}`);
  }

  const targets = {
    reportP95IdleMaxMs: 300,
    reportP95BusyMaxMs: 2 * idle.report!.p95Ms,
    met: {
      reportIdle: idle.report!.p95Ms <= 300,
      reportBusy: busy ? busy.p95Ms <= Math.max(600, 2 * idle.report!.p95Ms) && busy.errors === 0 && busy.timeouts === 0 : null,
      noErrors: Object.values(idle).every((f) => f.errors === 0 && f.timeouts === 0 && f.non2xx === 0),
    },
  };
  const out = {
    benchmark: "http",
    measuredAt: new Date().toISOString(),
    database,
    connections,
    durationSec: duration,
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, totalMemGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    idle,
    reportWhileAnalysing: busy,
    targets,
  };
  mkdirSync(path.join(root, "bench/results"), { recursive: true });
  writeFileSync(path.join(root, "bench/results/http.json"), `${JSON.stringify(out, null, 2)}\n`);
  console.log(`[bench:http] wrote bench/results/http.json; targets ${JSON.stringify(targets.met)}`);
  if (process.env.BENCH_HTTP_LOG) writeFileSync(process.env.BENCH_HTTP_LOG, serverLog.join(""));
} finally {
  if (server?.pid) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 1500));
  if (!flags.keep && database === "pglite") rmSync(dataDir, { recursive: true, force: true });
}
