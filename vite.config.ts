/// <reference types="vitest/config" />
import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";
import tsconfigPaths from "vite-tsconfig-paths";
import remixConfig from "./remix.config.js";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  server: { port: 3000 },
  plugins: [!process.env.VITEST && remix(remixConfig), tsconfigPaths()],
  test: {
    pool: "forks",
    testTimeout: 20000,
    projects: [
      // Pure code: no database, no server.
      { extends: true, test: { name: "unit", include: ["app/**/*.test.{ts,tsx}"], environment: "node" } },
      // Loader and seed tests against a real, freshly seeded SQLite file (tests/integration).
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts", "prisma/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          // VITEST_DATABASE_URL lets two developers' runs in one checkout use separate files.
          env: { DATABASE_URL: process.env.VITEST_DATABASE_URL ?? "file:.data/vitest.db", NODE_ENV: "test", APP_NOW: "2026-04-09T10:00:00+07:00" },
          fileParallelism: false,
        },
      },
      // Process-level tests (decision 0015): they start the production build as a server of
      // their own (SIGKILL, database outage, SMTP outage, backup and restore). Run once, not
      // per time zone, under /tmp/anuyat-playwright.lock (tests/tools/test-all.sh).
      {
        extends: true,
        test: {
          name: "system",
          include: ["tests/system/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/system/global-setup.ts"],
          env: { NODE_ENV: "test", DATABASE_URL: "file:.data/system/unused.db" },
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
