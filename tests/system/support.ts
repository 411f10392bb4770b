// Shared by the process-level tests (tests/system): a fresh database of their own (a SQLite file,
// or a database on the PostgreSQL server of TEST_PG_URL — started by global-setup.ts when the
// caller gave none), a plain connection for SQL checks, and the HTTP steps of a counter intake
// and an online application.
import { execFileSync } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import pg from "pg";
import { minimalPdf } from "../fixtures/documents";

export type SystemDatabase = "sqlite" | "postgresql";
export const DATABASES: SystemDatabase[] = ["sqlite", "postgresql"];

export const PASSWORD = "anuyat-demo-2569";
export const SLUG = "commercial-registration";

export function postgresServer(): string {
  const url = process.env.TEST_PG_URL;
  if (!url) throw new Error("TEST_PG_URL is not set (tests/system/global-setup.ts starts a server)");
  return url.replace(/\/+$/, "");
}

/** A fresh, migrated and seeded database (and an empty uploads folder) under .data/system/<name>. */
export function freshDatabase(name: string, kind: SystemDatabase = "sqlite", server?: string) {
  const dir = `.data/system/${name}-${kind}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(`${dir}/uploads`, { recursive: true });
  const url = kind === "postgresql" ? `${server ?? postgresServer()}/anuyat_system_${name.replace(/\W/g, "_")}` : `file:${dir}/anuyat.db`;
  execFileSync("bash", ["tests/tools/prepare-db.sh", "--fresh"], { env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
  return { dir, url, kind, file: `${dir}/anuyat.db`, uploads: `${dir}/uploads` };
}

/** A plain connection (libSQL, as the app's adapter uses; or pg) for SQL checks, ? placeholders on both. */
export function sql(url: string) {
  if (/^postgres(ql)?:/.test(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    // A server that goes away (the outage and replica tests) ends idle connections: not a crash.
    pool.on("error", () => undefined);
    return {
      provider: "postgresql" as SystemDatabase,
      rows: async <T = Record<string, unknown>>(q: string, args: (string | number)[] = []) => {
        let n = 0;
        return (await pool.query(q.replace(/\?/g, () => `$${++n}`), args)).rows as T[];
      },
      close: () => void pool.end(),
    };
  }
  const client = new PrismaLibSQL({ url }).createClient({ url });
  return {
    provider: "sqlite" as SystemDatabase,
    rows: async <T = Record<string, unknown>>(q: string, args: (string | number)[] = []) => (await client.execute({ sql: q, args })).rows as unknown as T[],
    close: () => client.close(),
  };
}

export async function signIn(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/sign-in`, { method: "POST", body: new URLSearchParams({ email, password: PASSWORD, redirectTo: "/staff" }), redirect: "manual" });
  const cookie = res.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error(`sign-in as ${email} failed: ${res.status}`);
  return cookie;
}

// All cookies a response sets, as one Cookie header.
const cookieOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");

/** The checklist ids of the counter intake form, for building submissions. */
export async function intakeChecklist(base: string, cookie: string): Promise<string[]> {
  const html = await (await fetch(`${base}/staff/intake/new/${SLUG}`, { headers: { Cookie: cookie } })).text();
  const ids = [...html.matchAll(/<input[^>]*name="documents\.\d+\.id"[^>]*>/g)].map((m) => /value="([^"]+)"/.exec(m[0])?.[1] ?? "");
  if (ids.length === 0) throw new Error("no checklist on the intake form");
  return ids;
}

/** The form body of one counter intake (complete, or with the first document missing). */
export function intakeBody(ids: string[], key: string, opts: { incomplete?: boolean; email?: string } = {}) {
  const p = new URLSearchParams({
    idempotencyKey: key,
    applicantType: "person",
    applicantId: "1101700203450",
    applicantName: "ผู้ทดสอบ ระบบ",
    applicantPhone: "0812345678",
    applicantEmail: opts.email ?? "",
    applicantAddress: "1 ถนนทดสอบ กรุงเทพฯ",
    preferredLanguage: "th",
    cureDeadline: "",
    signedOnPaper: "on",
  });
  if (opts.email) p.set("noticesByEmail", "on");
  ids.forEach((id, i) => {
    p.set(`documents.${i}.id`, id);
    p.set(`documents.${i}.status`, opts.incomplete && i === 0 ? "missing" : "received");
    p.set(`documents.${i}.note`, "");
  });
  return p;
}

export function postIntake(base: string, cookie: string, body: URLSearchParams) {
  return fetch(`${base}/staff/intake/new/${SLUG}`, {
    method: "POST",
    headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
    body,
    redirect: "manual",
  });
}

export type ReadyDraft = { key: string; cookie: string; draftHash: string; files: number };

/** An online application filled in up to the last page (applicant, every document, declaration). */
export async function readyDraft(base: string, opts: { email?: string } = {}): Promise<ReadyDraft> {
  const start = await fetch(`${base}/permits/${SLUG}/apply`, { method: "POST", body: new URLSearchParams({}), redirect: "manual" });
  const key = /\/apply\/([\w-]+)\/applicant/.exec(start.headers.get("location") ?? "")?.[1];
  if (!key) throw new Error(`could not start an application: ${start.status}`);
  const cookie = cookieOf(start);
  const post = async (page: string, body: BodyInit) => {
    const res = await fetch(`${base}/apply/${key}/${page}`, { method: "POST", headers: { Cookie: cookie }, body, redirect: "manual" });
    const next = res.headers.get("location") ?? "";
    if (res.status !== 302 || next.endsWith("/resume")) throw new Error(`${page}: ${res.status} → ${next} ${await res.text()}`);
  };
  const applicant = intakeBody([], "x", opts);
  applicant.delete("idempotencyKey");
  await post("applicant", applicant);
  const html = await (await fetch(`${base}/apply/${key}/documents`, { headers: { Cookie: cookie } })).text();
  const fields = [...new Set([...html.matchAll(/name="(file\.[^"]+)"/g)].map((m) => m[1]))];
  const form = new FormData();
  for (const f of fields) form.append(f, new Blob([Buffer.from(minimalPdf())], { type: "application/pdf" }), `${f.slice(5, 13)}.pdf`);
  form.append("intent", "continue");
  await post("documents", form);
  await post("declaration", new URLSearchParams({ truthful: "on", consent: "on" }));
  return { key, cookie, draftHash: createHash("sha256").update(key).digest("base64url"), files: fields.length };
}

export function submitDraft(base: string, draft: ReadyDraft) {
  return fetch(`${base}/apply/${draft.key}/check`, { method: "POST", headers: { Cookie: draft.cookie }, body: new URLSearchParams({}), redirect: "manual" });
}

export const newKey = () => `sys-${randomUUID()}`;
