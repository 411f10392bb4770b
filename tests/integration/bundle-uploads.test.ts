// The online form of a guide's bundle keeps what the applicant chose (issue 10, decision 0021),
// through the route's own action with real multipart posts, a real upload directory and the
// real database (SQLite or PostgreSQL): a post refused for any reason keeps its acceptable
// files, the next post files them without choosing them again; the same file sent again is
// kept once; "Remove" reaches only the form's own files; all of a form's files stay within
// the request limit; a form sent again after filing gives the same number; the sweep purges
// what was never sent. E1, R8.5: every request filed waits for its agency's check.
import { existsSync, readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runSweep } from "~/jobs/sweep.server";
import * as route from "~/routes/guides.$slug_.apply";
import { formKeyHash } from "~/services/bundle-uploads.server";
import { prisma } from "~/utils/db.server";
import { minimalPdf } from "../fixtures/documents";

// Its own copy of the seeded database and upload directory (the sweep below moves a day on),
// and a small request limit (10 KB) so the limit on all of a form's files can be reached with
// small files; each post here stays under it.
const { cleanup, UPLOAD_DIR } = await vi.hoisted(async () => {
  process.env.UPLOAD_MAX_REQUEST_MB = "0.01";
  process.env.APPLICATIONS_PER_HOUR = "1000";
  const cleanup = (await import("./own-database")).useOwnDatabase("bundle-uploads");
  return { cleanup, UPLOAD_DIR: process.env.UPLOAD_DIR! };
});
afterAll(() => cleanup());

const NOW = "2026-04-09T10:00:00+07:00";
const SLUG = "open-a-restaurant";
// Registration and food notification: both online; the ID card and house registration are shared.
const PATH = `/guides/${SLUG}/apply?area=80&premises=rent&juristic=no&liquor=no`;
const APPLICANT = {
  applicantType: "person",
  applicantId: "1101700203450",
  applicantName: "สมหญิง ร้านข้าว",
  applicantPhone: "0812349876",
  applicantEmail: "",
  applicantAddress: "1 ถนนทดสอบ กรุงเทพฯ",
  preferredLanguage: "th",
  truthful: "on",
  consent: "on",
};

type Page = Awaited<ReturnType<typeof route.loader>>;
type Answer = { data: { errors: Record<string, string>; files: Record<string, { key: string }>; staged: Record<string, { id: string; name: string; size: number }[]> }; init: { status: number } | null };
type Upload = { field: string; name: string; bytes: Uint8Array };

const pdf = (field: string, name = "document.pdf", padding = 0): Upload => {
  const base = minimalPdf();
  const bytes = new Uint8Array(base.byteLength + padding);
  bytes.set(base);
  // Trailing bytes after %%EOF are still a PDF to the sniffer; they make files of a given size
  // and different content (different SHA-256) for the same document.
  bytes.fill(0x20 + (padding % 90), base.byteLength);
  return { field, name, bytes };
};
const notPdf = (field: string): Upload => ({ field, name: "letter.pdf", bytes: new TextEncoder().encode("just some text, not a PDF") });

async function openForm(): Promise<Page> {
  return (await route.loader({ request: new Request(`http://localhost${PATH}`, { headers: { "Accept-Language": "en" } }), params: { slug: SLUG }, context: {} })) as Page;
}

async function post(fields: Record<string, string>, uploads: Upload[] = []): Promise<Answer | Response> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const u of uploads) form.append(u.field, new Blob([u.bytes as Uint8Array<ArrayBuffer>], { type: "application/pdf" }), u.name);
  const request = new Request(`http://localhost${PATH}`, { method: "POST", body: form, headers: { "Accept-Language": "en", "X-Forwarded-For": "198.51.100.20" } });
  return route.action({ request, params: { slug: SLUG }, context: {} }).then(
    (answer) => answer as unknown as Answer,
    (thrown: unknown) => {
      if (thrown instanceof Response) return thrown;
      throw thrown;
    },
  );
}
const answered = (a: Answer | Response): Answer => {
  if (a instanceof Response) throw new Error(`expected the form back, got ${a.status} ${a.headers.get("Location")}`);
  return a;
};
const filedNumber = (a: Answer | Response): string => {
  if (!(a instanceof Response)) throw new Error(`expected a redirect, got ${JSON.stringify(a.data)}`);
  expect(a.status).toBe(302);
  return decodeURIComponent(/number=([^&]+)/.exec(a.headers.get("Location") ?? "")![1]);
};
const keptRows = (key: string) => prisma.stagedUpload.findMany({ where: { formKeyHash: formKeyHash(key) }, select: { id: true, storageKey: true, lineId: true } });
const onDisk = () => new Set(existsSync(UPLOAD_DIR) ? readdirSync(UPLOAD_DIR) : []);

beforeAll(() => {
  process.env.APP_NOW = NOW;
});

describe("the online bundle form keeps the files it was given (decision 0021)", () => {
  it("a post refused for a missing answer and a bad file keeps the good files; the next post files them without choosing them again (E1, R8.5)", async () => {
    const page = await openForm();
    const required = page.documents.filter((d) => !d.condition);
    expect(required.length).toBeGreaterThanOrEqual(3);
    const [first, ...others] = required;
    const key = page.idempotencyKey;

    const refused = answered(await post({ idempotencyKey: key, ...APPLICANT, applicantName: "" }, [notPdf(first.field), ...others.map((d) => pdf(d.field))]));
    expect(refused.init?.status).toBe(400);
    expect(refused.data.errors.applicantName).toBeTruthy();
    expect(refused.data.files[first.field]).toMatchObject({ key: "validation:upload.type" });
    // Every good file is listed under its document, and kept (rows and bytes); the bad one is not.
    expect(Object.keys(refused.data.staged).sort()).toEqual(others.map((d) => d.field).sort());
    const kept = await keptRows(key);
    expect(kept).toHaveLength(others.length);
    for (const k of kept) expect(onDisk().has(k.storageKey)).toBe(true);

    // Only the document that was refused is chosen again.
    const number = filedNumber(await post({ idempotencyKey: key, ...APPLICANT }, [pdf(first.field)]));
    expect(number).toMatch(/^ONLINE-2569-/);
    const requests = await prisma.request.findMany({
      where: { bundle: { trackingNumber: number } },
      select: { status: true, dueDate: true, files: { select: { storageKey: true, manualDocumentId: true } }, manualVersion: { select: { documents: { select: { id: true, conditionEn: true } } } } },
    });
    expect(requests).toHaveLength(2);
    for (const r of requests) {
      // R8.5: filed online, the clock waits for the agency's completeness check.
      expect([r.status, r.dueDate]).toEqual(["submitted", null]);
      // Each request's file has a file for every document its manual always requires.
      const have = new Set(r.files.map((f) => f.manualDocumentId));
      for (const d of r.manualVersion.documents.filter((x) => !x.conditionEn)) expect(have.has(d.id), d.id).toBe(true);
      for (const f of r.files) expect(onDisk().has(f.storageKey)).toBe(true);
    }
    // A document several permits need was given once and is in each request's file, each
    // agency with its own copy (its own bytes).
    const shared = required.filter((d) => d.usedBy.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    const keys = requests.flatMap((r) => r.files.map((f) => f.storageKey));
    expect(keys).toHaveLength(required.reduce((n, d) => n + d.usedBy.length, 0));
    expect(new Set(keys).size).toBe(keys.length);
    // The kept rows went with the filing, and so did their bytes: only the requests' copies remain.
    expect(await keptRows(key)).toEqual([]);
    for (const k of kept) expect(onDisk().has(k.storageKey)).toBe(false);

    // Sent again after it was filed (a reload): the same number, nothing filed twice.
    expect(filedNumber(await post({ idempotencyKey: key, ...APPLICANT }))).toBe(number);
    expect(await prisma.bundle.count({ where: { idempotencyKey: `online-bundle-${key}` } })).toBe(1);
  });

  it("without a required document the form is refused with the document named, and what it has stays kept", async () => {
    const page = await openForm();
    const [first, second] = page.documents.filter((d) => !d.condition);
    const refused = answered(await post({ idempotencyKey: page.idempotencyKey, ...APPLICANT }, [pdf(second.field)]));
    expect(refused.init?.status).toBe(400);
    expect(refused.data.files[first.field]).toMatchObject({ key: "apply:documents.required" });
    expect(refused.data.files[second.field]).toBeUndefined();
    expect(refused.data.staged[second.field]).toHaveLength(1);
    expect(await prisma.bundle.count({ where: { idempotencyKey: `online-bundle-${page.idempotencyKey}` } })).toBe(0);
  });

  it("a post refused for an answer names, at the same time, every required document still without a file", async () => {
    const page = await openForm();
    const [first, ...others] = page.documents.filter((d) => !d.condition);
    const refused = answered(await post({ idempotencyKey: page.idempotencyKey, ...APPLICANT, applicantName: "" }, [pdf(first.field)]));
    expect(refused.data.errors.applicantName).toBeTruthy();
    expect(refused.data.files[first.field]).toBeUndefined();
    for (const d of others) expect(refused.data.files[d.field], d.field).toMatchObject({ key: "apply:documents.required" });
    // Conditional documents are never demanded.
    for (const d of page.documents.filter((x) => x.condition)) expect(refused.data.files[d.field]).toBeUndefined();
  });

  it("the same file sent again is kept once; Remove takes out the form's own file only, bytes too", async () => {
    const page = await openForm();
    const other = await openForm();
    const [doc] = page.documents.filter((d) => !d.condition);
    const form = { idempotencyKey: page.idempotencyKey, ...APPLICANT, applicantName: "" };
    answered(await post(form, [pdf(doc.field)]));
    // JavaScript on: the file is still chosen when the form is sent again.
    const again = answered(await post(form, [pdf(doc.field)]));
    expect(again.data.staged[doc.field]).toHaveLength(1);
    const [row] = await keptRows(page.idempotencyKey);

    // Another form's key cannot remove it.
    answered(await post({ idempotencyKey: other.idempotencyKey, intent: `remove:${row.id}` }));
    expect(await keptRows(page.idempotencyKey)).toHaveLength(1);
    // Its own form can: the list comes back without it and without an error for the rest.
    const removed = answered(await post({ ...form, intent: `remove:${row.id}` }));
    expect(removed.init?.status ?? 200).toBe(200);
    expect(removed.data.errors).toEqual({});
    expect(removed.data.staged[doc.field]).toBeUndefined();
    expect(await keptRows(page.idempotencyKey)).toEqual([]);
    expect(onDisk().has(row.storageKey)).toBe(false);
  });

  it("all of a form's files together stay within UPLOAD_MAX_REQUEST_MB, over several posts", async () => {
    const page = await openForm();
    const [a, b, c] = page.documents.filter((d) => !d.condition);
    const form = { idempotencyKey: page.idempotencyKey, ...APPLICANT, applicantName: "" };
    // 10 KB in all: two files of 4 KB are kept, the third would make 12 KB.
    const first = answered(await post(form, [pdf(a.field, "a.pdf", 3700), pdf(b.field, "b.pdf", 3701)]));
    expect([first.data.files[a.field], first.data.files[b.field]]).toEqual([undefined, undefined]);
    const second = answered(await post(form, [pdf(c.field, "c.pdf", 3702)]));
    expect(second.data.files[c.field]).toMatchObject({ key: "validation:upload.requestTooLarge" });
    expect((await keptRows(page.idempotencyKey)).map((r) => r.lineId).sort()).toHaveLength(2);
  });

  it("a post without a key the page made keeps nothing", async () => {
    const page = await openForm();
    const [doc] = page.documents.filter((d) => !d.condition);
    const before = await prisma.stagedUpload.count();
    const refused = answered(await post({ idempotencyKey: "../../etc", ...APPLICANT }, [pdf(doc.field)]));
    expect(refused.init?.status).toBe(400);
    expect(refused.data.files.form).toMatchObject({ key: "apply:errors.rejected" });
    expect(await prisma.stagedUpload.count()).toBe(before);
  });

  it("the sweep purges the files of forms never sent after STAGED_UPLOAD_TTL_HOURS (24), rows and bytes", async () => {
    const page = await openForm();
    const [doc] = page.documents.filter((d) => !d.condition);
    answered(await post({ idempotencyKey: page.idempotencyKey, ...APPLICANT, applicantName: "" }, [pdf(doc.field, "late.pdf", 17)]));
    const [row] = await keptRows(page.idempotencyKey);
    const kept = new Date(NOW).getTime();
    await runSweep(new Date(kept + 23 * 3_600_000));
    expect(await keptRows(page.idempotencyKey)).toHaveLength(1);
    const report = await runSweep(new Date(kept + 25 * 3_600_000));
    expect(report.stagedPurged).toBeGreaterThanOrEqual(1);
    expect(await keptRows(page.idempotencyKey)).toEqual([]);
    expect(onDisk().has(row.storageKey)).toBe(false);
  });
});
