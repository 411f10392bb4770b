// Liveness and readiness: the process answers, and a fresh database connection can read and
// write (decision 0015). 503 with Retry-After while the database is unavailable, so a load
// balancer stops sending traffic; 200 again by itself once it is back.
import { RETRY_AFTER_SECONDS } from "~/utils/db-errors.server";
import { probeDatabase } from "~/utils/db.server";

export async function loader() {
  const probe = await probeDatabase();
  const headers: Record<string, string> = { "Cache-Control": "no-store", "Content-Type": "text/plain" };
  if (probe.ok) return new Response("ok", { headers });
  return new Response(`database unavailable (${probe.reason})`, { status: 503, headers: { ...headers, "Retry-After": String(RETRY_AFTER_SECONDS) } });
}
