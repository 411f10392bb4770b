// The notices outbox against a real SMTP server on localhost and the real SQLite database
// (issue #5). Time is passed to deliverOutbox, so retries are tested by moving `now` forward.
// The integration database is shared with other files: only this file's requests are checked.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as outboxPage from "~/routes/staff.outbox";
import type { StaffUser } from "~/models/user.server";
import type { IntakeInput } from "~/schemas/intake";
import { getStaffUser } from "~/services/auth.server";
import { loadIntakeManual, submitCounterIntake } from "~/services/intake.server";
import { deliverOutbox } from "~/services/outbox.server";
import { prisma } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { resetMailer } from "~/utils/mailer.server";
import { cookieFor, staffRequest } from "./staff-session";

const APP_NOW = "2026-04-09T10:00:00+07:00";
const T0 = new Date(APP_NOW);
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

// ---- a real SMTP server that keeps every message it receives ----------------------------
type Received = { to: string[]; raw: string };
const inbox: Received[] = [];
let server: SMTPServer | null = null;
let port = 0;

function startSmtp(): Promise<void> {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    closeTimeout: 100,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("latin1") });
        callback();
      });
    },
  });
  return new Promise((resolve, reject) => {
    server!.once("error", reject);
    server!.listen(port, "127.0.0.1", () => {
      port = (server!.server.address() as AddressInfo).port;
      resolve();
    });
  });
}

function stopSmtp(): Promise<void> {
  const s = server;
  server = null;
  return new Promise((resolve) => (s ? s.close(() => resolve()) : resolve()));
}

// ---- just enough MIME to read what nodemailer wrote -------------------------------------
function decodeQuotedPrintable(text: string): Buffer {
  const bytes: number[] = [];
  const s = text.replace(/=\r?\n/g, "");
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(s.charCodeAt(i));
  }
  return Buffer.from(bytes);
}

// RFC 2047: adjacent encoded-words join without the whitespace between them; their bytes are
// joined before UTF-8 decoding, since a word may end inside a multi-byte character.
function decodeHeader(value: string): string {
  const parts: (string | Buffer)[] = [];
  const word = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g;
  let last = 0;
  for (let m = word.exec(value); m; m = word.exec(value)) {
    const between = value.slice(last, m.index);
    if (!(parts.length && Buffer.isBuffer(parts.at(-1)) && /^\s*$/.test(between))) parts.push(between);
    const bytes = m[2].toUpperCase() === "B" ? Buffer.from(m[3], "base64") : decodeQuotedPrintable(m[3].replace(/_/g, " "));
    const prev = parts.at(-1);
    if (Buffer.isBuffer(prev)) parts[parts.length - 1] = Buffer.concat([prev, bytes]);
    else parts.push(bytes);
    last = m.index + m[0].length;
  }
  parts.push(value.slice(last));
  return parts.map((p) => (Buffer.isBuffer(p) ? p.toString("utf8") : Buffer.from(p, "latin1").toString("utf8"))).join("");
}

function parseMessage(raw: string) {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = raw.slice(split + 4);
  const headers = new Map<string, string>();
  for (const line of head.split("\r\n")) {
    const colon = line.indexOf(":");
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const encoding = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  const bytes = encoding === "base64" ? Buffer.from(body.replace(/\s+/g, ""), "base64") : encoding === "quoted-printable" ? decodeQuotedPrintable(body) : Buffer.from(body, "latin1");
  return { headers, subject: decodeHeader(headers.get("subject") ?? ""), text: bytes.toString("utf8").trim() };
}

const messages = () => inbox.map((m) => ({ ...m, ...parseMessage(m.raw) }));
const messagesAbout = (trackingNumber: string) => messages().filter((m) => m.subject.includes(trackingNumber));

// ---- requests made by this file -----------------------------------------------------------
let counter: StaffUser;
let key = 0;

async function intake(opts: { email?: string; agreed?: boolean; language?: "th" | "en"; incomplete?: boolean }) {
  const permit = await loadIntakeManual(opts.incomplete ? "food-premises-licence" : "commercial-registration");
  const outcome = await submitCounterIntake(counter, permit, {
    idempotencyKey: `outbox-test-${Date.now()}-${key++}-abcdef`,
    applicantType: "person",
    applicantId: "1101700203450",
    applicantName: "สมหญิง ทดสอบ",
    applicantPhone: "0812345678",
    applicantEmail: opts.email ?? "",
    applicantAddress: "99 ถนนทดสอบ กรุงเทพฯ",
    preferredLanguage: opts.language ?? "th",
    noticesByEmail: opts.agreed ?? !!opts.email,
    cureDeadline: "",
    signedOnPaper: true,
    documents: permit.manual.documents.map((d, i) => ({ id: d.id, status: opts.incomplete && i === 0 ? "missing" : "received", note: "" })),
  } as IntakeInput);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  const request = await prisma.request.findUniqueOrThrow({ where: { trackingNumber: outcome.trackingNumber }, select: { id: true } });
  return { trackingNumber: outcome.trackingNumber, id: request.id };
}

function noticesOf(requestId: string) {
  return prisma.notice.findMany({
    where: { requestId },
    select: { id: true, kind: true, state: true, attempts: true, nextAttemptAt: true, sentAt: true, lastError: true, recipients: true, subject: true, body: true },
    orderBy: { kind: "asc" },
  });
}

beforeAll(async () => {
  process.env.APP_NOW = APP_NOW;
  counter = (await getStaffUser(staffRequest("/staff", await cookieFor("counter@bkk01.demo"))))!;
  await startSmtp();
  resetMailer(`smtp://127.0.0.1:${port}`);
});

afterAll(async () => {
  resetMailer();
  await stopSmtp();
});

describe("notices outbox (issue #5)", () => {
  it("a notice to an applicant who agreed to e-mail arrives once, in Thai, and becomes sent", async () => {
    const address = "somchai.receipt@example.com";
    const r = await intake({ email: address });
    const [before] = await noticesOf(r.id);
    expect(before).toMatchObject({ kind: "receipt", state: "pending", attempts: 0, recipients: address, nextAttemptAt: T0 });

    const report = await deliverOutbox(T0);
    expect(report.sent).toBeGreaterThanOrEqual(1);
    const [after] = await noticesOf(r.id);
    expect(after).toMatchObject({ state: "sent", sentAt: T0, attempts: 0, nextAttemptAt: null, lastError: "" });

    const got = messagesAbout(r.trackingNumber);
    expect(got).toHaveLength(1);
    expect(got[0].to).toEqual([address]);
    // Thai survives the encodings (RFC 2047 subject, base64 or quoted-printable body).
    expect(got[0].subject).toBe(`ได้รับคำขอเลขที่ ${r.trackingNumber} แล้ว`);
    expect(got[0].text).toBe(before.body);
    expect(got[0].text).toMatch(new RegExp(`^หน่วยงานได้รับคำขอเลขที่ ${r.trackingNumber} เรื่อง.+แล้ว$`));
    expect(got[0].headers.get("content-language")).toBe("th");
    expect(got[0].headers.get("from")).toContain(env().MAIL_FROM.match(/<(.+)>/)![1]);

    // A second run finds nothing to send for it.
    await deliverOutbox(minutes(1));
    expect(messagesAbout(r.trackingNumber)).toHaveLength(1);
  });

  it("an English applicant gets the English text with Content-Language en", async () => {
    const r = await intake({ email: "john.smith@example.com", language: "en", incomplete: true });
    await deliverOutbox(T0);
    const got = messagesAbout(r.trackingNumber);
    expect(got.map((m) => m.subject).sort()).toEqual([`Request ${r.trackingNumber} received`, `Request ${r.trackingNumber}: documents to supply by 23 April 2026`].sort());
    expect(got.every((m) => m.headers.get("content-language") === "en")).toBe(true);
    expect((await noticesOf(r.id)).map((n) => n.state)).toEqual(["sent", "sent"]);
  });

  it("a notice without an e-mail channel stays recorded and nothing is sent", async () => {
    const noEmail = await intake({});
    const notAgreed = await intake({ email: "no.consent@example.com", agreed: false });
    for (const r of [noEmail, notAgreed]) {
      expect(await noticesOf(r.id)).toEqual([expect.objectContaining({ state: "recorded", recipients: "", nextAttemptAt: null })]);
    }
    await deliverOutbox(minutes(2));
    for (const r of [noEmail, notAgreed]) {
      expect(messagesAbout(r.trackingNumber)).toEqual([]);
      expect((await noticesOf(r.id))[0]).toMatchObject({ state: "recorded", attempts: 0, sentAt: null });
    }
    expect(inbox.some((m) => m.to.includes("no.consent@example.com"))).toBe(false);
  });

  it("without an SMTP server configured nothing is tried and the notice waits", async () => {
    resetMailer(null);
    try {
      const r = await intake({ email: "waiting@example.com" });
      expect(await deliverOutbox(T0)).toEqual({ sent: 0, retried: 0, failed: 0 });
      expect((await noticesOf(r.id))[0]).toMatchObject({ state: "pending", attempts: 0, nextAttemptAt: T0 });
      resetMailer(`smtp://127.0.0.1:${port}`);
      await deliverOutbox(T0);
      expect((await noticesOf(r.id))[0]).toMatchObject({ state: "sent" });
    } finally {
      resetMailer(`smtp://127.0.0.1:${port}`);
    }
  });

  it("SMTP down: the notice stays pending and is retried later; with the server back it goes exactly once", async () => {
    const address = "somying.down@example.com";
    await stopSmtp();
    const r = await intake({ email: address });

    const report = await deliverOutbox(T0);
    expect(report.retried).toBeGreaterThanOrEqual(1);
    let [n] = await noticesOf(r.id);
    expect(n).toMatchObject({ state: "pending", attempts: 1, sentAt: null, nextAttemptAt: minutes(1) });
    expect(n.lastError).not.toBe("");
    expect(n.lastError).not.toContain(address);
    expect(n.lastError).not.toContain("@");

    // Before its next try nothing happens, even with the server back.
    await startSmtp();
    await deliverOutbox(new Date(T0.getTime() + 30_000));
    expect(messagesAbout(r.trackingNumber)).toHaveLength(0);

    // One hour later.
    await deliverOutbox(minutes(60));
    [n] = await noticesOf(r.id);
    expect(n).toMatchObject({ state: "sent", sentAt: minutes(60), attempts: 1, nextAttemptAt: null, lastError: "" });
    await deliverOutbox(minutes(120));
    expect(messagesAbout(r.trackingNumber)).toHaveLength(1);
  });

  it("two deliveries at the same moment send each notice once", async () => {
    const requests = await Promise.all([1, 2, 3].map((i) => intake({ email: `parallel.${i}@example.com`, incomplete: true })));
    const [a, b] = await Promise.all([deliverOutbox(T0), deliverOutbox(T0)]);
    expect(a.sent + b.sent).toBeGreaterThanOrEqual(6);
    for (const r of requests) {
      const got = messagesAbout(r.trackingNumber);
      expect(got).toHaveLength(2); // receipt + deficiency, each once
      expect(new Set(got.map((m) => m.subject)).size).toBe(2);
      expect((await noticesOf(r.id)).map((n) => n.state)).toEqual(["sent", "sent"]);
    }
  });

  let failedNumber = "";
  it(`after OUTBOX_MAX_ATTEMPTS failures the notice is failed`, async () => {
    const max = env().OUTBOX_MAX_ATTEMPTS;
    const address = "somying@example.com";
    await stopSmtp();
    const r = await intake({ email: address });
    failedNumber = r.trackingNumber;
    // The backoff never exceeds an hour, so an hour apart every run is a due try.
    for (let i = 0; i < max; i++) {
      await deliverOutbox(minutes(60 * i));
      const [n] = await noticesOf(r.id);
      expect(n.attempts).toBe(i + 1);
      expect(n.state).toBe(i + 1 < max ? "pending" : "failed");
    }
    const [n] = await noticesOf(r.id);
    expect(n).toMatchObject({ state: "failed", attempts: max, nextAttemptAt: null, sentAt: null });
    expect(n.lastError).not.toContain(address);

    // A failed notice is not tried again, even with the server back.
    await startSmtp();
    await deliverOutbox(minutes(60 * (max + 1)));
    expect(messagesAbout(r.trackingNumber)).toHaveLength(0);
    expect((await noticesOf(r.id))[0]).toMatchObject({ state: "failed", attempts: max });
  });

  it("the outbox page lists the failed notice for a supervisor, with the address masked (O4)", async () => {
    const cookie = await cookieFor("supervisor@bkk01.demo");
    const data = await outboxPage.loader({ request: staffRequest("/staff/outbox?state=failed", cookie), params: {}, context: {} });
    expect(data.filter).toBe("failed");
    const row = data.rows.find((n) => n.trackingNumber === failedNumber);
    expect(row).toMatchObject({ kind: "receipt", state: "failed", attempts: env().OUTBOX_MAX_ATTEMPTS, recipient: "s***@example.com", language: "th" });
    expect(row!.lastError).not.toBe("");
    expect(data.rows.every((n) => n.state === "failed")).toBe(true);
    expect(JSON.stringify(data)).not.toContain("somying@example.com");

    // All notices, newest first, with no address in the clear.
    const all = await outboxPage.loader({ request: staffRequest("/staff/outbox", cookie), params: {}, context: {} });
    expect(all.rows.length).toBeGreaterThan(0);
    expect(all.rows.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(all)).not.toMatch(/[a-z.]{2,}@example\.com/);
  });
});
