// End-to-end tests in Debian's Chromium against the production build, once in Thai and
// once in English. No browser is downloaded: executablePath points at /usr/bin/chromium.
import { defineConfig, devices } from "@playwright/test";
import { ADMIN_DATABASE_URL, ADMIN_PORT, E2E_DATABASE_URL, MAIL_DIR, PORT, REPORT_FILE, SMTP_PORT, TIME_DATABASE_URL, TIME_NOW_FILE, TIME_PORT, serverLog } from "./e2e/servers";

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  },
};

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./.output/playwright-artifacts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: REPORT_FILE }]],
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: "retain-on-failure" },
  projects: [
    { name: "th", use: { ...chromium, locale: "th-TH" }, testIgnore: /open-data|api-|time-travel|admin-/ },
    { name: "en", use: { ...chromium, locale: "en-GB" }, testIgnore: /open-data|api-|time-travel|admin-/ },
    // Language-neutral API checks run once.
    { name: "api", use: { ...chromium, locale: "th-TH" }, testIgnore: /time-travel|admin-/, testMatch: /open-data|api-/ },
    // One clock for both languages: Thai first, then English.
    { name: "time-th", use: { ...chromium, locale: "th-TH", baseURL: `http://127.0.0.1:${TIME_PORT}` }, testMatch: /time-travel/ },
    { name: "time-en", use: { ...chromium, locale: "en-GB", baseURL: `http://127.0.0.1:${TIME_PORT}` }, testMatch: /time-travel/, dependencies: ["time-th"] },
    // Administration: one database for both languages, Thai first; tests use names unique per
    // project so the English run does not trip over what the Thai run created.
    { name: "admin-th", use: { ...chromium, locale: "th-TH", baseURL: `http://127.0.0.1:${ADMIN_PORT}` }, testMatch: /admin-/ },
    { name: "admin-en", use: { ...chromium, locale: "en-GB", baseURL: `http://127.0.0.1:${ADMIN_PORT}` }, testMatch: /admin-/, dependencies: ["admin-th"] },
  ],
  webServer: [
    {
      // A fresh database per run, then the production server on loopback.
      command: `rm -rf .data/e2e-uploads ${serverLog(PORT)} && bash tests/tools/prepare-db.sh --fresh >/dev/null && exec node app/server/serve.mjs`,
      cwd: "..",
      url: `http://127.0.0.1:${PORT}/healthz`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        PORT: String(PORT),
        HOST: "127.0.0.1",
        // Each server's JSON log, grepped for personal data after the run (tests/tools/log-grep.mjs).
        LOG_FILE: serverLog(PORT),
        DATABASE_URL: E2E_DATABASE_URL,
        // "test" keeps the production build but lets APP_NOW stand in for the clock.
        NODE_ENV: "test",
        APP_NOW: "2026-04-09T10:00:00+07:00",
        PUBLIC_URL: `http://127.0.0.1:${PORT}`,
        // Uploads of the run go beside its database, never into public/.
        UPLOAD_DIR: ".data/e2e-uploads",
        // Every test comes from 127.0.0.1: the per-client limits are tested in integration tests.
        TRACK_LOOKUPS_PER_15_MIN: "1000",
        APPLICATIONS_PER_HOUR: "1000",
        SIGN_IN_ATTEMPTS_PER_15_MIN: "1000",
      },
    },
    {
      // A real SMTP server that writes every message it accepts to MAIL_DIR.
      command: `exec node tests/tools/smtp-sink.mjs ${SMTP_PORT} ${MAIL_DIR}`,
      cwd: "..",
      port: SMTP_PORT,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `rm -f ${serverLog(TIME_PORT)} && printf '2026-04-09T10:00:00+07:00' > ${TIME_NOW_FILE} && bash tests/tools/prepare-db.sh --fresh >/dev/null && exec node app/server/serve.mjs`,
      cwd: "..",
      url: `http://127.0.0.1:${TIME_PORT}/healthz`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        PORT: String(TIME_PORT),
        HOST: "127.0.0.1",
        LOG_FILE: serverLog(TIME_PORT),
        DATABASE_URL: TIME_DATABASE_URL,
        NODE_ENV: "test",
        APP_NOW: "2026-04-09T10:00:00+07:00",
        APP_NOW_FILE: TIME_NOW_FILE,
        PUBLIC_URL: `http://127.0.0.1:${TIME_PORT}`,
        UPLOAD_DIR: ".data/e2e-time-uploads",
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        OUTBOX_INTERVAL_SECONDS: "1",
        // The tests run the sweep themselves, at the moments they choose.
        SWEEP_INTERVAL_MINUTES: "0",
        TRACK_LOOKUPS_PER_15_MIN: "1000",
        APPLICATIONS_PER_HOUR: "1000",
        SIGN_IN_ATTEMPTS_PER_15_MIN: "1000",
      },
    },
    {
      command: `rm -rf .data/e2e-admin-uploads ${serverLog(ADMIN_PORT)} && bash tests/tools/prepare-db.sh --fresh >/dev/null && exec node app/server/serve.mjs`,
      cwd: "..",
      url: `http://127.0.0.1:${ADMIN_PORT}/healthz`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        PORT: String(ADMIN_PORT),
        HOST: "127.0.0.1",
        LOG_FILE: serverLog(ADMIN_PORT),
        DATABASE_URL: ADMIN_DATABASE_URL,
        NODE_ENV: "test",
        APP_NOW: "2026-04-09T10:00:00+07:00",
        PUBLIC_URL: `http://127.0.0.1:${ADMIN_PORT}`,
        UPLOAD_DIR: ".data/e2e-admin-uploads",
        SWEEP_INTERVAL_MINUTES: "0",
        TRACK_LOOKUPS_PER_15_MIN: "1000",
        APPLICATIONS_PER_HOUR: "1000",
        SIGN_IN_ATTEMPTS_PER_15_MIN: "1000",
      },
    },
  ],
});
