// SMTP down for an hour of APP_NOW time (issue 9, decision 0015). The real SMTP sink
// (tests/tools/smtp-sink.mjs, one .eml file per message with an X-Envelope-To line) runs as a
// process of its own and is stopped; the outbox is delivered once a minute, as the server's
// schedule does, with `now` moved forward; after an hour the sink comes back. Every notice is
// then delivered exactly once, none is given up, and nothing is sent twice across the outage.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outageCoveredMinutes } from "~/domain/outbox/backoff";
import type { StaffUser } from "~/models/user.server";
import type { IntakeInput } from "~/schemas/intake";
import { getStaffUser } from "~/services/auth.server";
import { loadIntakeManual, submitCounterIntake } from "~/services/intake.server";
import { deliverOutbox } from "~/services/outbox.server";
import { prisma } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { resetMailer } from "~/utils/mailer.server";
import { cookieFor, staffRequest } from "./staff-session";

// The sink must come back on the port the mailer was given, so one free port is found first
// (never a fixed one: the SQLite and PostgreSQL passes run at the same time, test-all.sh).
let port = 0;
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port: found } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return found;
}
const T0 = new Date("2026-04-09T10:00:00+07:00");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const folder = (name: string) => `.data/system/smtp-outage-${process.pid}-${name}`;

let sink: ChildProcess | null = null;
async function startSink(name: string) {
  sink = spawn("node", ["tests/tools/smtp-sink.mjs", String(port), folder(name)], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve) => sink!.stdout!.once("data", () => resolve()));
}
async function stopSink() {
  const s = sink;
  sink = null;
  if (!s || s.exitCode !== null) return;
  const exited = new Promise((r) => s.once("exit", r));
  s.kill("SIGTERM");
  await exited;
}

// Recipient → number of .eml files addressed to it, over every sink folder of this test.
function delivered(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of ["before", "after"]) {
    const dir = folder(name);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".eml"))) {
      const to = /^X-Envelope-To: (.*)\r?\n/.exec(readFileSync(path.join(dir, f), "utf8"))?.[1] ?? "";
      for (const address of to.split(",").filter(Boolean)) counts.set(address, (counts.get(address) ?? 0) + 1);
    }
  }
  return counts;
}

let counter: StaffUser;
async function intake(email: string, incomplete: boolean) {
  const permit = await loadIntakeManual(incomplete ? "food-premises-licence" : "commercial-registration");
  const outcome = await submitCounterIntake(counter, permit, {
    idempotencyKey: `smtp-outage-${email}`,
    applicantType: "person",
    applicantId: "1101700203450",
    applicantName: "สมศรี ทดสอบ",
    applicantPhone: "0812345678",
    applicantEmail: email,
    applicantAddress: "9 ถนนทดสอบ กรุงเทพฯ",
    preferredLanguage: "th",
    noticesByEmail: true,
    cureDeadline: "",
    signedOnPaper: true,
    documents: permit.manual.documents.map((d, i) => ({ id: d.id, status: incomplete && i === 0 ? "missing" : "received", note: "" })),
  } as IntakeInput);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  return outcome.trackingNumber;
}

const noticesTo = (emails: string[]) =>
  prisma.notice.findMany({ where: { recipients: { in: emails } }, select: { recipients: true, kind: true, state: true, attempts: true } });

beforeAll(async () => {
  process.env.APP_NOW = T0.toISOString();
  counter = (await getStaffUser(staffRequest("/staff", await cookieFor("counter@bkk01.demo"))))!;
  for (const name of ["before", "after"]) rmSync(folder(name), { recursive: true, force: true });
  port = await freePort();
  resetMailer(`smtp://127.0.0.1:${port}`);
});

afterAll(async () => {
  resetMailer();
  await stopSink();
  for (const name of ["before", "after"]) rmSync(folder(name), { recursive: true, force: true });
});

describe("SMTP down for an hour (decision 0015)", () => {
  it("every notice is delivered once after the server returns, and none is given up", async () => {
    const run = `${process.pid}-${Date.now()}`;
    // Before the outage: two requests whose notices go out at once.
    await startSink("before");
    const early = [`early.a.${run}@example.com`, `early.b.${run}@example.com`];
    for (const e of early) await intake(e, false);
    await deliverOutbox(at(0));
    await sleep(200); // the sink writes its file after acknowledging
    await stopSink();

    // The outage: six more requests (three incomplete: a receipt and a deficiency notice each).
    const late = Array.from({ length: 6 }, (_, i) => `late.${i}.${run}@example.com`);
    for (const [i, e] of late.entries()) await intake(e, i % 2 === 0);
    // Once a minute for an hour, as the server's schedule would.
    for (let minute = 0; minute <= 60; minute++) await deliverOutbox(at(minute));
    const during = await noticesTo(late);
    expect(during).toHaveLength(9);
    expect(during.every((n) => n.state === "pending")).toBe(true);
    // An hour of failures uses 7 of the budget's tries (at 0, 1, 3, 7, 15, 31, 63 minutes).
    expect(Math.max(...during.map((n) => n.attempts))).toBeLessThanOrEqual(7);
    expect(outageCoveredMinutes(env().OUTBOX_MAX_ATTEMPTS)).toBeGreaterThan(60);

    // The server returns; the schedule keeps running until every notice has had its next try.
    await startSink("after");
    for (let minute = 61; minute <= 125; minute++) await deliverOutbox(at(minute));
    await sleep(300);

    const after = await noticesTo([...early, ...late]);
    expect(after.filter((n) => n.state !== "sent")).toEqual([]);
    const counts = delivered();
    for (const n of after) expect(counts.get(n.recipients), n.recipients).toBe(after.filter((x) => x.recipients === n.recipients).length);
    // The notices of the early requests did not go again after the outage.
    expect(readdirSync(folder("after")).map((f) => readFileSync(path.join(folder("after"), f), "utf8")).some((m) => early.some((e) => m.includes(e)))).toBe(false);
    console.info(`[smtp-outage] ${after.length} notices, ${during.length} queued through an hour's outage (at most ${Math.max(...during.map((n) => n.attempts))} tries each), all delivered once`);
  });
});
