// Intake submissions per second and p95 with 20 counters submitting at once (issue #4;
// target p95 ≤ 100 ms). Each request carries a fresh idempotency key, so each creates a request.
import { randomUUID } from "node:crypto";
import autocannon from "autocannon";

// `rate` (requests per second over all connections) turns the closed loop (every counter
// submits again the moment it gets an answer: the saturation throughput) into an open loop at
// a fixed arrival rate, closer to 20 people at 20 counters.
export async function benchIntake(base: string, seconds: number, connections = 20, rate?: number) {
  const signIn = await fetch(`${base}/sign-in`, {
    method: "POST",
    body: new URLSearchParams({ email: "counter@bkk01.demo", password: "anuyat-demo-2569", redirectTo: "/staff" }),
    redirect: "manual",
  });
  const cookie = signIn.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error(`sign-in failed: ${signIn.status}`);
  const form = await (await fetch(`${base}/staff/intake/new/commercial-registration`, { headers: { Cookie: cookie } })).text();
  const ids = [...form.matchAll(/<input[^>]*name="documents\.\d+\.id"[^>]*>/g)].map((m) => /value="([^"]+)"/.exec(m[0])?.[1] ?? "");
  if (ids.length === 0) throw new Error("no checklist on the intake form");
  const body = () => {
    const p = new URLSearchParams({
      idempotencyKey: randomUUID(),
      applicantType: "person",
      applicantId: "1101700203450",
      applicantName: "Benchmark Applicant",
      applicantPhone: "0812345678",
      applicantEmail: "",
      applicantAddress: "1 Bench Road, Bangkok",
      preferredLanguage: "th",
      cureDeadline: "",
    });
    ids.forEach((id, i) => {
      p.set(`documents.${i}.id`, id);
      p.set(`documents.${i}.status`, "received");
      p.set(`documents.${i}.note`, "");
    });
    return p.toString();
  };
  const times: number[] = [];
  let created = 0;
  const instance = autocannon({
    url: `${base}/staff/intake/new/commercial-registration`,
    connections,
    duration: seconds,
    ...(rate ? { overallRate: rate } : {}),
    requests: [
      {
        method: "POST",
        headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
        setupRequest: (req: Record<string, unknown>) => ({ ...req, body: body() }),
      },
    ],
  });
  instance.on("response", (_c: unknown, status: number, _b: number, ms: number) => {
    times.push(ms);
    if (status === 302) created++;
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    rps: result.requests.average,
    p50: times[Math.floor(times.length * 0.5)],
    p95: times[Math.floor(times.length * 0.95)],
    created,
    total: times.length,
  };
}
