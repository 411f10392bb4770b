// The PostgreSQL server the system tests' PostgreSQL runs use: the one tests/tools/test-all.sh
// started (TEST_PG_URL), or a throwaway one of their own for a developer's run.
import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const DIR = path.join(root, ".data/system/pg");

export default function setup() {
  if (process.env.TEST_PG_URL) return;
  const server = (...args: string[]) => execFileSync("bash", ["tests/tools/pg-server.sh", ...args], { cwd: root, encoding: "utf8" }).trim();
  // Workers are started after this, so they inherit the variable.
  process.env.TEST_PG_URL = server("start", DIR, process.env.SYSTEM_PG_PORT ?? "54328");
  return () => void server("stop", DIR);
}
