// Starts the production build as its own process for the system tests (tests/system) and the
// soak run: `node app/server/serve.mjs` directly, not through npm, so a signal (SIGKILL in the
// fault test) reaches the server itself. Build first (npm run build); hold
// /tmp/anuyat-playwright.lock while it runs (someone else's build replaces build/).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

// How production starts the server (package.json "start", docs/production.md): a young
// generation of 8 MB per semi-space instead of V8's 16 MB, for shorter scavenges and a lower
// p95 under load (decision 0022). The one place to change if the entry point or flags move.
export const NODE_FLAGS = ["--max-semi-space-size=8"];
export const SERVER_COMMAND = [...NODE_FLAGS, "app/server/serve.mjs"];
// One secret per test process, so a restarted server still accepts the cookies it signed.
const SESSION_SECRET = randomBytes(32).toString("hex");

export type SpawnedServer = { base: string; child: ChildProcess; pid: number; stop: () => Promise<void>; kill: () => Promise<void> };

export async function spawnServer(opts: {
  port: number;
  databaseUrl: string;
  env?: Record<string, string>;
  // Run as this user (the database-outage test: root ignores file permissions).
  uid?: number;
  gid?: number;
  // Where the server's stdout and stderr go (a file), or "ignore".
  log?: string;
}): Promise<SpawnedServer> {
  const child = spawn("node", SERVER_COMMAND, {
    env: {
      ...process.env,
      NODE_ENV: "production",
      SESSION_SECRET,
      SWEEP_INTERVAL_MINUTES: "0",
      OUTBOX_INTERVAL_SECONDS: "0",
      ...opts.env,
      DATABASE_URL: opts.databaseUrl,
      PORT: String(opts.port),
      HOST: "127.0.0.1",
    },
    stdio: ["ignore", "pipe", "pipe"],
    uid: opts.uid,
    gid: opts.gid,
  });
  if (opts.log && opts.log !== "ignore") {
    const out = createWriteStream(opts.log, { flags: "a" });
    child.stdout!.pipe(out);
    child.stderr!.pipe(out);
  } else {
    child.stdout!.resume();
    child.stderr!.resume();
  }
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const base = `http://127.0.0.1:${opts.port}`;
  let up = false;
  for (let i = 0; i < 150 && child.exitCode === null; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) {
        up = true;
        break;
      }
    } catch {
      /* not listening yet */
    }
    await sleep(100);
  }
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  if (!up) {
    await end("SIGKILL");
    throw new Error(`server on :${opts.port} did not become healthy (exit ${child.exitCode})`);
  }
  return { base, child, pid: child.pid!, stop: () => end("SIGTERM"), kill: () => end("SIGKILL") };
}
