// End-to-end tests in Debian's Chromium against the production build, once in Thai and
// once in English. No browser is downloaded: executablePath points at /usr/bin/chromium.
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATABASE_URL = "file:.data/e2e.db";

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
  reporter: [["list"], ["json", { outputFile: "./.output/playwright.json" }]],
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: "retain-on-failure" },
  projects: [
    { name: "th", use: { ...chromium, locale: "th-TH" }, testIgnore: /open-data|api-/ },
    { name: "en", use: { ...chromium, locale: "en-GB" }, testIgnore: /open-data|api-/ },
    // Language-neutral API checks run once.
    { name: "api", use: { ...chromium, locale: "th-TH" }, testMatch: /open-data|api-/ },
  ],
  webServer: {
    // A fresh database per run, then the production server on loopback.
    command: `rm -rf .data/e2e-uploads && bash tests/tools/prepare-db.sh --fresh >/dev/null && exec node node_modules/@remix-run/serve/dist/cli.js build/server/index.js`,
    cwd: "..",
    url: `http://127.0.0.1:${PORT}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(PORT),
      HOST: "127.0.0.1",
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
    },
  },
});
