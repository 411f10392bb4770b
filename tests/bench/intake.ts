// Intake submissions per second and p95 with 20 counters submitting at once (issue #4;
// target p95 ≤ 100 ms). Each request carries a fresh idempotency key, so each creates a request.
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { signIn } from "./serve";

export async function benchIntake(base: string, seconds: number, connections = 20, thinkMs = 0) {
  const cookie = await signIn(base, "counter@bkk01.demo");
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
  // Each counter is a loop: submit, wait for the answer, then "think" for a random time
  // (exponential, mean thinkMs) before the next one — the interactive-users model. thinkMs = 0
  // is the saturating closed loop: every counter submits again the moment it is answered.
  // We drive it ourselves rather than with autocannon's overallRate, which sends a whole
  // second's requests in one burst and so measures the burst, not the counters.
  const url = `${base}/staff/intake/new/commercial-registration`;
  const headers = { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" };
  const times: number[] = [];
  let created = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  const counter = async () => {
    while (performance.now() < until) {
      if (thinkMs > 0) await sleep(-Math.log(1 - Math.random()) * thinkMs);
      if (performance.now() >= until) break;
      const t0 = performance.now();
      const res = await fetch(url, { method: "POST", headers, body: body(), redirect: "manual" });
      await res.arrayBuffer();
      times.push(performance.now() - t0);
      if (res.status === 302) created++;
    }
  };
  await Promise.all(Array.from({ length: connections }, counter));
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    rps: times.length / elapsed,
    p50: times[Math.floor(times.length * 0.5)],
    p95: times[Math.floor(times.length * 0.95)],
    created,
    total: times.length,
  };
}
