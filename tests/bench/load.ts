// One bounded run of wrk (Debian's package) against loopback: requests per second, p50 and p95
// of every response, errors. wrk is C and needs a fraction of the CPU that autocannon (Node)
// took from the two cores the server runs on too, so the figures are the server's rather than
// the load generator's (decision 0020).
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);
export type LoadResult = { rps: number; p95: number; p50: number; errors: number; non2xx: number; bytes: number };

export async function measure(url: string, connections: number, seconds: number, headers: Record<string, string> = {}): Promise<LoadResult> {
  const args = ["-t1", `-c${connections}`, `-d${seconds}s`, "--timeout", "10s", "-s", "tests/bench/wrk-report.lua"];
  for (const [name, value] of Object.entries(headers)) args.push("-H", `${name}: ${value}`);
  const { stdout } = await run("wrk", [...args, url], { maxBuffer: 1024 * 1024 });
  const line = stdout.trim().split("\n").pop() ?? "";
  const r = JSON.parse(line) as { requests: number; seconds: number; p50: number; p95: number; errors: number; non2xx: number; bytes: number };
  return { rps: r.requests / r.seconds, p50: r.p50, p95: r.p95, errors: r.errors, non2xx: r.non2xx, bytes: r.bytes / r.seconds };
}
