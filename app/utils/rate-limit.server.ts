// A fixed-window counter per key, in this process's memory. Enough for one process; several
// processes behind a load balancer each enforce their own window (documented in README).
const windows = new Map<string, { start: number; count: number }>();

export function hit(key: string, limit: number, windowMs: number, at: number = performance.timeOrigin + performance.now()): boolean {
  const w = windows.get(key);
  if (!w || at - w.start >= windowMs) {
    windows.set(key, { start: at, count: 1 });
    if (windows.size > 50_000) pruneOld(at, windowMs);
    return true;
  }
  w.count += 1;
  return w.count <= limit;
}

function pruneOld(at: number, windowMs: number) {
  for (const [k, w] of windows) if (at - w.start >= windowMs) windows.delete(k);
}

// The client's address as the reverse proxy reports it (the first X-Forwarded-For hop).
export function clientAddress(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "local";
}
