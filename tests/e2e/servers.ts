// Where the end-to-end servers listen and what they run on, shared by tests/playwright.config.ts
// and the specs that reach a server's database or clock directly.
// E2E_PG_URL (postgresql://user@host:port, set by tests/tools/test-all.sh for the PostgreSQL
// pass) puts each server on a PostgreSQL database of its own instead of a SQLite file.
export const PORT = Number(process.env.E2E_PORT ?? 3100);
// A second server for the time-travel tests (issue #6): its clock is a file the tests rewrite,
// its notices go to a real SMTP sink, so moving it through weeks never disturbs the others.
export const TIME_PORT = PORT + 1;
// A third server for the administration tests (issue 7): publishing manuals, adding holidays
// and creating users change what every other test sees, so they get their own database.
export const ADMIN_PORT = PORT + 2;
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);
export const MAIL_DIR = ".data/e2e-mail";
export const TIME_NOW_FILE = ".data/e2e-time-now";

const PG = process.env.E2E_PG_URL?.replace(/\/+$/, "");
const databaseUrl = (name: string) => (PG ? `${PG}/anuyat_${name.replace(/-/g, "_")}` : `file:.data/${name}.db`);
export const E2E_DATABASE_URL = databaseUrl("e2e");
export const TIME_DATABASE_URL = databaseUrl("e2e-time");
export const ADMIN_DATABASE_URL = databaseUrl("e2e-admin");
export const onPostgres = Boolean(PG);

// Relative to the project root (the servers' cwd). Each run starts a new file.
export const serverLog = (port: number) => `tests/.output/server-${PG ? "pg-" : ""}${port}.log`;
// The JSON report summarize.mjs counts, one per database pass.
export const REPORT_FILE = `./.output/playwright${PG ? "-postgresql" : ""}.json`;
