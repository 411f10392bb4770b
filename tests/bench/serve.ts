// Starts the production build on a loopback port with its own copy of the demo database,
// for benchmarks. Returns a stop function. Benchmarks only: tests use Playwright's webServer.
import { spawn, execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { SERVER_COMMAND } from "../tools/spawn-server";

// prepare: false serves the database as it is (a benchmark that filled it itself).
export async function startServer(opts: { port: number; databaseUrl: string; env?: Record<string, string>; prepare?: boolean }) {
  const env = { ...process.env, DATABASE_URL: opts.databaseUrl, ...opts.env };
  if (opts.prepare !== false) execFileSync("bash", ["tests/tools/prepare-db.sh", "--fresh"], { env, stdio: "ignore" });
  const child = spawn("node", SERVER_COMMAND, {
    env: { ...env, PORT: String(opts.port), HOST: "127.0.0.1", NODE_ENV: "production", SESSION_SECRET: randomBytes(32).toString("hex"), SWEEP_INTERVAL_MINUTES: "0" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${opts.port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      /* not up yet */
    }
    await sleep(200);
  }
  // stop() resolves once the server has exited (it finishes what is in flight first).
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    base,
    stop: () => {
      child.kill("SIGTERM");
      return exited;
    },
  };
}

/** A demo staff member's session cookie ("name=value"), signed in through the real form. */
export async function signIn(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/sign-in`, {
    method: "POST",
    body: new URLSearchParams({ email, password: "anuyat-demo-2569", redirectTo: "/staff" }),
    redirect: "manual",
  });
  const cookie = res.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error(`sign-in as ${email} failed: ${res.status}`);
  return cookie;
}
