// Where the end-to-end servers listen and what they run on, shared by tests/playwright.config.ts
// and the specs that reach a server's database, clock or mail directly.
//
// One Playwright run starts two sets of servers (decision 0016): set "a" always on SQLite files,
// set "b" on PostgreSQL when E2E_PG_URL (postgresql://user@host:port, set by
// tests/tools/test-all.sh) is given — on SQLite files of its own otherwise. The English projects
// run against set a and the Thai ones against set b, so every test runs once on each database
// and in each language, without running the suite twice.
import type { TestInfo } from "@playwright/test";

const PG = process.env.E2E_PG_URL?.replace(/\/+$/, "");
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);

export type SetKey = "a" | "b";
export type ServerSet = {
  key: SetKey;
  database: "sqlite" | "postgresql";
  port: number;
  // A second server for the time-travel tests (issue #6): its clock is a file the tests rewrite,
  // its notices go to a real SMTP sink, so moving it through weeks never disturbs the others.
  timePort: number;
  // A third for the administration tests (issue 7): publishing manuals, adding holidays and
  // creating users change what every other test sees, so they get their own database.
  adminPort: number;
  smtpPort: number;
  mailDir: string;
  timeNowFile: string;
  databaseUrl: string;
  timeDatabaseUrl: string;
  adminDatabaseUrl: string;
  uploadDir: (server: "e2e" | "time" | "admin") => string;
};

function serverSet(key: SetKey, offset: number, pg?: string): ServerSet {
  const suffix = key === "a" ? "" : "-b";
  const databaseUrl = (name: string) => (pg ? `${pg}/anuyat_${name.replace(/-/g, "_")}` : `file:.data/${name}${suffix}.db`);
  return {
    key,
    database: pg ? "postgresql" : "sqlite",
    port: BASE_PORT + offset,
    timePort: BASE_PORT + offset + 1,
    adminPort: BASE_PORT + offset + 2,
    smtpPort: BASE_SMTP_PORT + (key === "a" ? 0 : 1),
    mailDir: `.data/e2e-mail${suffix}`,
    timeNowFile: `.data/e2e-time-now${suffix}`,
    databaseUrl: databaseUrl("e2e"),
    timeDatabaseUrl: databaseUrl("e2e-time"),
    adminDatabaseUrl: databaseUrl("e2e-admin"),
    uploadDir: (server) => `.data/${server === "e2e" ? "e2e" : `e2e-${server}`}${suffix}-uploads`,
  };
}

export const SETS: Record<SetKey, ServerSet> = { a: serverSet("a", 0), b: serverSet("b", 10, PG) };

// The set a project runs against (its `metadata.set` in tests/playwright.config.ts).
export function serversOf(info: TestInfo): ServerSet {
  const key = (info.project.metadata as { set?: SetKey }).set;
  if (!key) throw new Error(`project ${info.project.name} names no server set`);
  return SETS[key];
}

// Relative to the project root (the servers' cwd). Each run starts a new file.
export const serverLog = (port: number) => `tests/.output/server-${port}.log`;
// The JSON report summarize.mjs counts.
export const REPORT_FILE = "./.output/playwright.json";
