/**
 * The one place that reads process.env. Parsed with zod at start-up (next.config.ts imports
 * this module, so a bad value fails the build instead of a request). Every variable has an
 * embedded default so `npm start` works on a fresh machine with nothing configured.
 */
import path from "node:path";
import { z } from "zod";
import { DEFAULT_EMOTION_MODEL, EMOTION_CHOICE_IDS } from "./vision/model-registry";

const booleanFromString = z
  .enum(["true", "false", "1", "0"])
  .transform((value) => value === "true" || value === "1");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** PostgreSQL connection string. Unset: the embedded PGlite database in PGLITE_DIR. */
  DATABASE_URL: z.url().optional(),
  PGLITE_DIR: z.string().min(1).default("./data/pglite"),
  /** Signs session cookies. Unset: generated once and kept in DATA_DIR/auth-secret. */
  AUTH_SECRET: z.string().min(32).optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  UPLOADS_DIR: z.string().min(1).default("./data/uploads"),
  /** Switches uploads to the hosted UploadThing service. Unset: local disk under UPLOADS_DIR. */
  UPLOADTHING_TOKEN: z.string().min(1).optional(),
  /**
   * Where browsers send UploadThing uploads instead of the host the token names; read by the
   * uploadthing package itself, and here only so the page's CSP allows it. For a stand-in service.
   */
  UPLOADTHING_INGEST_URL: z.url().optional(),
  UPLOAD_MAX_BYTES: z.coerce.number().int().positive().default(50 * 1024 * 1024),
  /** Speech-to-text model: base is more accurate, tiny about twice as fast. */
  STT_MODEL: z.enum(["base", "tiny"]).default("base"),
  /** Facial-expression model used by the browser and the evaluation scripts. */
  EMOTION_MODEL: z.enum(EMOTION_CHOICE_IDS).default(DEFAULT_EMOTION_MODEL),
  /** Path to MediaPipe's face_landmarker.task; when set, the browser uses MediaPipe landmarks. */
  FACE_LANDMARKER_MODEL: z.string().min(1).optional(),
  /** Below this many consenting candidates a benchmark shows "not enough data yet". */
  BENCHMARK_MIN_COHORT: z.coerce.number().int().min(2).default(5),
  /**
   * Where each speech analysis runs: "child" (default), a process of its own at lower CPU
   * priority so the web server stays responsive; "inline", in the worker's own process.
   */
  ANALYSIS_PROCESS: z.enum(["child", "inline"]).default("child"),
  /** Run the analysis worker inside the web server (default) or only in `npm run worker`. */
  RUN_WORKER_IN_APP: booleanFromString.default(true),
  /**
   * Sign-in attempts allowed per account-and-IP and per IP before a lock (lib/auth/throttle.ts):
   * the first lock lasts AUTH_LOCK_BASE_SEC, each attempt after one doubles it up to
   * AUTH_LOCK_MAX_SEC; a key quiet for AUTH_THROTTLE_WINDOW_SEC starts again.
   */
  AUTH_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
  AUTH_MAX_FAILURES_PER_IP: z.coerce.number().int().positive().default(20),
  AUTH_THROTTLE_WINDOW_SEC: z.coerce.number().int().positive().default(15 * 60),
  AUTH_LOCK_BASE_SEC: z.coerce.number().int().positive().default(60),
  AUTH_LOCK_MAX_SEC: z.coerce.number().int().positive().default(60 * 60),
  /** Sign-ups, and separately "forgot password" requests, allowed per IP address per hour. */
  AUTH_MAX_SIGNUPS_PER_IP: z.coerce.number().int().positive().default(10),
  /**
   * Reverse proxies in front of the app that append to X-Forwarded-For. 0 (default): the client
   * is the socket's peer and the header is ignored, so a client cannot choose its own address.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * Sends account e-mail (sign-up confirmation, password reset) through this SMTP server,
   * e.g. smtps://user:pass@mail.example.com. Unset: each message is written to DATA_DIR/outbox
   * and its text to the server log, for a machine with no mail service.
   */
  SMTP_URL: z.url({ protocol: /^smtps?$/, message: "Use an smtp:// or smtps:// address." }).optional(),
  MAIL_FROM: z.string().min(3).default("Rehearse <no-reply@rehearse.local>"),
  /**
   * The app's public address, used in links sent by e-mail. Unset: the address the request came
   * to, which a client controls, so it is required whenever real mail goes out (SMTP_URL).
   */
  APP_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Account e-mails sent to one address per hour; more requests are answered the same, unsent. */
  AUTH_MAX_MAILS_PER_ADDRESS: z.coerce.number().int().positive().default(5),
});

export type Env = z.infer<typeof envSchema>;

// Only one process may open a PGlite folder, so with the embedded database the worker can only
// run inside the app: without this check uploads would wait QUEUED for good, silently.
const checkedSchema = envSchema
  .refine((env) => env.DATABASE_URL || env.RUN_WORKER_IN_APP, {
    path: ["RUN_WORKER_IN_APP"],
    message:
      "RUN_WORKER_IN_APP=false needs DATABASE_URL (PostgreSQL). With the embedded database the analysis worker must run inside the app; unset RUN_WORKER_IN_APP or set DATABASE_URL.",
  })
  // A link built from the request's Host header could point a password reset at another site.
  .refine((env) => !env.SMTP_URL || env.APP_URL, {
    path: ["APP_URL"],
    message: "SMTP_URL needs APP_URL, the app's public address (https://...), for the links in its e-mails.",
  });

/** Exported for tests; the app uses `env` below. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = checkedSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment variables:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

export const env = parseEnv();

/** Resolves a configured path against the project root (the process working directory). */
export function resolveFromRoot(configured: string): string {
  // Runtime data folders, not sources: keep Turbopack from tracing the whole project for them.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), configured);
}
