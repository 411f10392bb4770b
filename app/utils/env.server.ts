// Configuration, validated once at start-up. A bad value stops the server with a message
// that names the variable, instead of failing later in a confusing place.
import { z } from "zod";

export const EnvSchema = z
  .object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|libsql:|https?:|postgres(ql)?:\/\/)/, "must start with file:, libsql:, http(s): or postgresql://")
    .default("file:.data/anuyat.db"),
  // PostgreSQL only: a streaming replica for the statistics' aggregate reads (decision 0016).
  DATABASE_READ_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL (a replica of DATABASE_URL)").optional(),
  // PostgreSQL only: connections this process keeps open (decision 0016). Several app servers
  // share one server's max_connections: keep instances × pool below it.
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  // PostgreSQL only: how long a query may wait for a free connection of the pool.
  DATABASE_POOL_WAIT_SECONDS: z.coerce.number().int().min(1).max(300).default(30),
  // Public base URL, used in QR codes and absolute links in print views.
  PUBLIC_URL: z.url().default("http://localhost:3000"),
  // Outside production only: an ISO timestamp that stands in for "now" (demos, tests).
  APP_NOW: z.iso.datetime({ offset: true }).optional(),
  // The Act's 7-day duties (R10.2, R10.3) count calendar days by default (T6).
  SEVEN_DAY_UNIT: z.enum(["calendar_days", "working_days"]).default("calendar_days"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  // Signs the session cookie. Required in production; comma-separated to rotate secrets.
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  // How long a process may reuse a session it has read (0 = read it on every request).
  SESSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).default(3),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(10),
  // Sign-in lockout: after this many failures in a row the account waits LOGIN_LOCK_MINUTES.
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  // Default cure period of a deficiency record (R8.2), in working days; staff may set longer.
  // How often the server runs the deadline sweep by itself; 0 = only `npm run sweep`.
  SWEEP_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(24 * 60).default(15),
  CURE_PERIOD_WORKING_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  // Outbox (issue #5): notices go by e-mail when SMTP_URL is set (smtp://user:pass@host:port);
  // without it they are still recorded and shown on the tracking page.
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "must start with smtp:// or smtps://").optional(),
  MAIL_FROM: z.string().default("Anuyat <no-reply@anuyat.localhost>"),
  // A failed delivery is tried again after 1, 2, 4 … minutes, up to this many tries in all.
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(12),
  // How often the server delivers the outbox by itself, in seconds; 0 = only `npm run sweep`.
  OUTBOX_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  // Uploads: stored outside public/ under UPLOAD_DIR; limits per file and per request.
  UPLOAD_DIR: z.string().default(".data/uploads"),
  UPLOAD_MAX_FILE_MB: z.coerce.number().positive().max(100).default(10),
  UPLOAD_MAX_REQUEST_MB: z.coerce.number().positive().max(500).default(50),
  // R10.3: every delay notice is copied to the OPDC (ก.พ.ร.) at this address.
  OPDC_EMAIL: z.email().default("opdc-copy@anuyat.localhost"),
  // Supervisors see a request "at risk" when it is due within this many working days.
  AT_RISK_WORKING_DAYS: z.coerce.number().int().min(0).max(60).default(3),
  // Per-client limits of the public forms (one address may be a whole office behind NAT).
  TRACK_LOOKUPS_PER_15_MIN: z.coerce.number().int().min(1).max(100_000).default(20),
  APPLICATIONS_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(30),
  // Staff sign-in attempts per client address (X-Forwarded-For's first hop) per 15 minutes.
  SIGN_IN_ATTEMPTS_PER_15_MIN: z.coerce.number().int().min(1).max(100_000).default(10),
  // Where the per-client limits count (decision 0016): memory (one process; the default on
  // SQLite) or database (shared by every app server; the default on PostgreSQL).
  RATE_LIMIT_STORE: z.enum(["memory", "database"]).optional(),
  // The production server's render cache of public pages (decision 0019): on or off; how often
  // (ms) each process reads the content version (the bound on a change made through another
  // server); how many pages and megabytes it keeps (least recently used dropped first).
  RENDER_CACHE: z.enum(["on", "off"]).default("on"),
  RENDER_CACHE_CHECK_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  RENDER_CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).max(100_000).default(2000),
  RENDER_CACHE_MAX_MB: z.coerce.number().int().min(1).max(4096).default(64),
  // Online applications saved for later are purged by the sweep after this many days.
  DRAFT_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  // Files kept from an online bundle form that came back with an error and was never sent
  // (decision 0021) are purged by the sweep after this many hours.
  STAGED_UPLOAD_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(24),
})
  .refine((e) => !e.DATABASE_READ_URL || /^postgres(ql)?:\/\//.test(e.DATABASE_URL), {
    path: ["DATABASE_READ_URL"],
    message: "needs DATABASE_URL on PostgreSQL too (the replica's primary)",
  })
  .refine((e) => e.NODE_ENV !== "production" || !!e.SESSION_SECRET, {
    path: ["SESSION_SECRET"],
    message: "is required when NODE_ENV=production",
  });
export type Env = z.infer<typeof EnvSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings mean "not set", as in most shells' `VAR= command`.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;
export function env(): Env {
  return (cached ??= parseEnv(process.env));
}
