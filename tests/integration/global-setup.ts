// A real SQLite database for loader tests: created fresh, migrated with the committed
// migrations and loaded with the demo content, once per vitest run. No mocks of our database.
import { execFileSync } from "node:child_process";
import path from "node:path";

export const INTEGRATION_DATABASE_URL = process.env.VITEST_DATABASE_URL ?? "file:.data/vitest.db";

export default function setup() {
  const root = path.resolve(import.meta.dirname, "../..");
  execFileSync("bash", ["tests/tools/prepare-db.sh", "--fresh"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: INTEGRATION_DATABASE_URL },
    stdio: "ignore",
  });
}
