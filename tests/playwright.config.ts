// End-to-end tests in Debian's Chromium against the production build, in Thai and in English,
// on SQLite and on PostgreSQL in one run: English against server set a (SQLite), Thai against set
// b (PostgreSQL when E2E_PG_URL is set; tests/e2e/servers.ts, decision 0016). No browser is
// downloaded: executablePath points at /usr/bin/chromium.
import { defineConfig, devices, type PlaywrightTestConfig } from "@playwright/test";

type WebServer = Extract<NonNullable<PlaywrightTestConfig["webServer"]>, unknown[]>[number];
import { createRequire } from "node:module";
import { REPORT_FILE, SETS, serverLog, type ServerSet } from "./e2e/servers";
import { SERVER_COMMAND } from "./tools/spawn-server";

// New headless Chromium preloads the omnibox popup's WebUI (a renderer of its own) for every
// window, and every browser context is a window: about 0.6 s of a 2-core machine per test for a
// popup no test opens (8 contexts with a page: 13.4 s → 7.8 s). A --disable-features given here
// replaces Playwright's own (the last one wins), so its list is repeated first — the list of the
// pinned playwright-core, checked below so an upgrade cannot drop it silently.
const PLAYWRIGHT_CORE = "1.65.1";
const PLAYWRIGHT_DISABLED_FEATURES = [
  "AvoidUnnecessaryBeforeUnloadCheckSync",
  "DestroyProfileOnBrowserClose",
  "HttpsUpgrades",
  "HttpsFirstBalancedModeAutoEnable",
  "LensOverlay",
  "MediaRouter",
  "PaintHolding",
  "ThirdPartyStoragePartitioning",
  "AvoidCorsURLLoaderRestartOnRedirect",
  "TcpPortRandomizationWin",
  "OptimizationHints",
  "NetworkTimeServiceQuerying",
  "AimEnabled",
  "PreconnectToSearch",
  "msForceBrowserSignIn",
  "msEdgeUpdateLaunchServicesPreferredVersion",
];
const UNUSED_BROWSER_UI = ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup", "WebUIOmniboxFullPopup", "PreloadTopChromeWebUI"];
const installed = (createRequire(import.meta.url)("playwright-core/package.json") as { version: string }).version;
if (installed !== PLAYWRIGHT_CORE) {
  throw new Error(`playwright-core ${installed}: copy its disabledFeatures (src/server/chromium/chromiumSwitches.ts) into PLAYWRIGHT_DISABLED_FEATURES, then set PLAYWRIGHT_CORE`);
}

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
      `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNUSED_BROWSER_UI].join(",")}`,
    ],
  },
};

// What every app server of a set shares.
const common = (set: ServerSet, port: number) => ({
  PORT: String(port),
  HOST: "127.0.0.1",
  // Each server's JSON log, grepped for personal data after the run (tests/tools/log-grep.mjs).
  LOG_FILE: serverLog(port),
  // "test" keeps the production build but lets APP_NOW stand in for the clock.
  NODE_ENV: "test",
  APP_NOW: "2026-04-09T10:00:00+07:00",
  PUBLIC_URL: `http://127.0.0.1:${port}`,
  // Every test comes from 127.0.0.1: the per-client limits are tested in integration tests.
  TRACK_LOOKUPS_PER_15_MIN: "1000",
  APPLICATIONS_PER_HOUR: "1000",
  SIGN_IN_ATTEMPTS_PER_15_MIN: "1000",
});
const app = (command: string, port: number, env: Record<string, string>) => ({
  command: `${command} && bash tests/tools/prepare-db.sh --fresh >/dev/null && exec node ${SERVER_COMMAND.join(" ")}`,
  cwd: "..",
  url: `http://127.0.0.1:${port}/healthz`,
  reuseExistingServer: false,
  timeout: 120_000,
  env,
});

function servers(set: ServerSet): WebServer[] {
  return [
    // A fresh database per run, then the production server on loopback; uploads of the run go
    // beside its database, never into public/.
    app(`rm -rf ${set.uploadDir("e2e")} ${serverLog(set.port)}`, set.port, {
      ...common(set, set.port),
      DATABASE_URL: set.databaseUrl,
      UPLOAD_DIR: set.uploadDir("e2e"),
    }),
    // A real SMTP server that writes every message it accepts to the set's mail directory.
    {
      command: `rm -rf ${set.mailDir} && exec node tests/tools/smtp-sink.mjs ${set.smtpPort} ${set.mailDir}`,
      cwd: "..",
      port: set.smtpPort,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    app(`rm -rf ${set.uploadDir("time")} ${serverLog(set.timePort)} && printf '2026-04-09T10:00:00+07:00' > ${set.timeNowFile}`, set.timePort, {
      ...common(set, set.timePort),
      DATABASE_URL: set.timeDatabaseUrl,
      APP_NOW_FILE: set.timeNowFile,
      UPLOAD_DIR: set.uploadDir("time"),
      SMTP_URL: `smtp://127.0.0.1:${set.smtpPort}`,
      OUTBOX_INTERVAL_SECONDS: "1",
      // The tests run the sweep themselves, at the moments they choose.
      SWEEP_INTERVAL_MINUTES: "0",
    }),
    app(`rm -rf ${set.uploadDir("admin")} ${serverLog(set.adminPort)}`, set.adminPort, {
      ...common(set, set.adminPort),
      DATABASE_URL: set.adminDatabaseUrl,
      UPLOAD_DIR: set.uploadDir("admin"),
      SWEEP_INTERVAL_MINUTES: "0",
    }),
  ];
}

const LOCALE = { th: "th-TH", en: "en-GB" } as const;
// The projects of one language, against one set of servers.
function projects(lng: "th" | "en", set: ServerSet): NonNullable<PlaywrightTestConfig["projects"]> {
  const use = (port: number) => ({ ...chromium, locale: LOCALE[lng], baseURL: `http://127.0.0.1:${port}` });
  const metadata = { set: set.key, database: set.database };
  return [
    { name: lng, use: use(set.port), metadata, testIgnore: /open-data|api-|time-travel|admin-/ },
    // Language-neutral API checks, once per database.
    { name: `api-${set.database}${set.key === "b" && set.database === "sqlite" ? "-b" : ""}`, use: use(set.port), metadata, testMatch: /open-data|api-/ },
    // One clock per set: the time-travel server's clock is a file.
    { name: `time-${lng}`, use: use(set.timePort), metadata, testMatch: /time-travel/ },
    // Administration: a database of its own.
    { name: `admin-${lng}`, use: use(set.adminPort), metadata, testMatch: /admin-/ },
  ];
}

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./.output/playwright-artifacts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: REPORT_FILE }]],
  projects: [...projects("en", SETS.a), ...projects("th", SETS.b)],
  webServer: [...servers(SETS.a), ...servers(SETS.b)],
});
