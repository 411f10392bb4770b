// One bounded autocannon run against loopback; p50 and p95 are computed from every response time.
import autocannon from "autocannon";

export type LoadResult = { rps: number; p95: number; p50: number; errors: number; non2xx: number; bytes: number };

export async function measure(url: string, connections: number, seconds: number, headers: Record<string, string> = {}): Promise<LoadResult> {
  const times: number[] = [];
  const instance = autocannon({ url, connections, duration: seconds, pipelining: 1, headers });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  const result = await instance;
  times.sort((a, b) => a - b);
  const pick = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  return {
    rps: result.requests.average,
    p95: pick(0.95),
    p50: pick(0.5),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytes: result.throughput.average,
  };
}
