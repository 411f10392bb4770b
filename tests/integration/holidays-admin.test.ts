// The holiday calendar editor against the real database (issue 7): adding a holiday inside an
// open request's period moves its due date one working day and logs why (T7, O1); removing it
// moves it back; closed requests are not touched; an import with a bad row changes nothing;
// only administrators may change holidays. Every holiday added here is removed again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseMoveNote } from "~/domain/holidays/move-note";
import type { StaffUser } from "~/models/user.server";
import { getStaffUser } from "~/services/auth.server";
import { advanceStep, decide } from "~/services/decision.server";
import { withdrawRequest } from "~/services/deficiency.server";
import { getWorkCalendar } from "~/services/calendar.server";
import { loadIntakeManual, submitCounterIntake } from "~/services/intake.server";
import { prisma } from "~/utils/db.server";
import { cookieFor, outcome, staffRequest } from "./staff-session";

const HOLIDAY = "2026-05-20"; // a Wednesday inside a 30-working-day period from 9 April 2026
let counter: StaffUser;
let officer: StaffUser;
let admin: string;
let seq = 0;

async function user(email: string) {
  return (await getStaffUser(staffRequest("/staff", await cookieFor(email))))!;
}

// A complete food-premises licence at BKK01 on Thursday 9 April 2026: 30 working days (Songkran,
// Coronation Day and Royal Ploughing Day skipped) → due Thursday 28 May 2026 (R10.1).
async function acceptedRequest(slug = "food-premises-licence", at = "2026-04-09T10:00:00+07:00") {
  process.env.APP_NOW = at;
  const permit = await loadIntakeManual(slug);
  const result = await submitCounterIntake(counter, permit, {
    idempotencyKey: `holidays-admin-${Date.now()}-${seq++}-0000`,
    applicantType: "person",
    applicantId: "1101700203450",
    applicantName: "Holiday Test",
    applicantPhone: "0812345678",
    applicantEmail: "",
    applicantAddress: "1 Test Road",
    preferredLanguage: "en",
    noticesByEmail: false,
    cureDeadline: "",
    signedOnPaper: false,
    documents: permit.manual.documents.map((d) => ({ id: d.id, status: "received" as const, note: "" })),
  });
  process.env.APP_NOW = "2026-04-09T10:00:00+07:00";
  if (!result.ok) throw new Error("fixture failed");
  return prisma.request.findUniqueOrThrow({ where: { trackingNumber: result.trackingNumber }, select: { id: true, trackingNumber: true, dueDate: true } });
}

const state = (id: string) =>
  prisma.request.findUniqueOrThrow({
    where: { id },
    select: { dueDate: true, resultNoticeDueOn: true, steps: { select: { position: true, dueDate: true, completedOn: true }, orderBy: { position: "asc" } }, events: { where: { type: "due_date_moved" }, select: { actorId: true, actorRole: true, note: true }, orderBy: { seq: "asc" } } },
  });

function post(path: string, cookie: string, form: Record<string, string> | FormData) {
  const body = form instanceof FormData ? form : new URLSearchParams(form);
  return staffRequest(path, cookie, { method: "POST", body });
}

async function addHoliday(date: string, cookie = admin) {
  const { action } = await import("~/routes/staff.admin.holidays.new");
  return outcome(() => action({ request: post("/staff/admin/holidays/new", cookie, { date, nameTh: "วันหยุดพิเศษ", nameEn: "Special holiday", kind: "special" }), params: {}, context: {} }));
}

async function removeHoliday(date: string, cookie = admin) {
  const { action } = await import("~/routes/staff.admin.holidays.$date.remove");
  return outcome(() => action({ request: post(`/staff/admin/holidays/${date}/remove`, cookie, {}), params: { date }, context: {} }));
}

beforeAll(async () => {
  counter = await user("counter@bkk01.demo");
  officer = await user("officer@ptw.demo");
  admin = await cookieFor("admin@anuyat.demo");
});

afterAll(async () => {
  await prisma.holiday.deleteMany({ where: { date: { in: [HOLIDAY, "2026-04-16", "2026-05-21", "2026-06-10", "2027-11-15"] } } });
});

describe("T7: a holiday change moves open requests' due dates, and says why", () => {
  it("adding a holiday moves the due date one working day; removing it moves it back; closed requests stay", async () => {
    const open = await acceptedRequest();
    const reviewed = await acceptedRequest();
    const approved = await acceptedRequest();
    const withdrawn = await acceptedRequest();
    expect(open.dueDate).toBe("2026-05-28");
    // Review starts on 10 April: step 1 is done that day, the others keep their due dates.
    expect(await advanceStep(officer, reviewed.id, new Date("2026-04-10T10:00:00+07:00"))).toEqual({ ok: true });
    expect(await decide(officer, approved.id, { decision: "approved", reasons: "", appealInfo: "" }, new Date("2026-04-10T11:00:00+07:00"))).toEqual({ ok: true });
    expect(await withdrawRequest({ id: counter.id, role: counter.role }, withdrawn.id, "Applicant asked")).toEqual({ ok: true });
    const stepsBefore = (await state(reviewed.id)).steps;
    const approvedBefore = await state(approved.id);

    expect(await addHoliday(HOLIDAY)).toEqual({ status: 302, location: "/staff/admin/holidays?year=2026" });
    // T3 + T7: one more closed day inside the period → due one working day later.
    const moved = await state(open.id);
    expect(moved.dueDate).toBe("2026-05-29");
    expect(moved.events).toHaveLength(1);
    const adminUser = await user("admin@anuyat.demo");
    expect(moved.events[0]).toMatchObject({ actorId: adminUser.id, actorRole: "admin" });
    expect(parseMoveNote(moved.events[0].note)).toMatchObject({
      due: { from: "2026-05-28", to: "2026-05-29" },
      why: [{ change: "added", date: HOLIDAY, nameEn: "Special holiday" }],
    });
    // Steps not yet done move with it when their period crosses the new holiday; a done step stays.
    // Step 1 (done 10 April) and step 2 end before 20 May; steps 3 and 4 cross it (R7.1).
    expect(stepsBefore.map((s) => s.dueDate)).toEqual(["2026-04-10", "2026-05-15", "2026-05-22", "2026-05-28"]);
    expect((await state(reviewed.id)).steps.map((s) => s.dueDate)).toEqual(["2026-04-10", "2026-05-15", "2026-05-25", "2026-05-29"]);
    expect((await state(reviewed.id)).dueDate).toBe("2026-05-29");
    // A decided request keeps its due date (history: it was decided against the old one) and its
    // result-notice deadline (17 April) lies before the new holiday; a withdrawn one is closed.
    expect(approvedBefore).toMatchObject({ dueDate: "2026-05-28", resultNoticeDueOn: "2026-04-17" });
    expect(await state(approved.id)).toEqual(approvedBefore);
    expect((await state(withdrawn.id)).events).toEqual([]);
    // The audit log has the change (who, what, after), and this process's clock sees it at once.
    const audit = await prisma.auditEntry.findFirst({ where: { entity: "holiday", action: "create", label: HOLIDAY }, select: { actorId: true, after: true } });
    expect(audit?.actorId).toBe(adminUser.id);
    expect(JSON.parse(audit!.after)).toMatchObject({ date: HOLIDAY, kind: "special" });
    expect((await getWorkCalendar()).isWorkingDay(HOLIDAY)).toBe(false);

    expect(await removeHoliday(HOLIDAY)).toEqual({ status: 302, location: "/staff/admin/holidays?year=2026" });
    const back = await state(open.id);
    expect(back.dueDate).toBe("2026-05-28");
    expect(back.events).toHaveLength(2);
    // Both changes happen at the test's fixed "now", so the events are found by content, not order.
    expect(back.events.map((e) => parseMoveNote(e.note))).toContainEqual(expect.objectContaining({ due: { from: "2026-05-29", to: "2026-05-28" }, why: [expect.objectContaining({ change: "removed", date: HOLIDAY })] }));
    expect((await state(reviewed.id)).steps).toEqual(stepsBefore);
    expect((await getWorkCalendar()).isWorkingDay(HOLIDAY)).toBe(true);
  });

  it("a limit in office minutes is recomputed from the instant the request became complete (T5)", async () => {
    // 60 minutes from 16:00 on Friday 10 April: 30 that day, 30 on the next working day after
    // Songkran, Thursday 16 April. Closing the 16th moves it to Friday 17 April.
    const r = await acceptedRequest("commercial-registration", "2026-04-10T16:00:00+07:00");
    expect(r.dueDate).toBe("2026-04-16");
    expect(await addHoliday("2026-04-16")).toMatchObject({ status: 302 });
    expect((await state(r.id)).dueDate).toBe("2026-04-17");
    expect(await removeHoliday("2026-04-16")).toMatchObject({ status: 302 });
    expect((await state(r.id)).dueDate).toBe("2026-04-16");
  });

  it("editing: a new name moves nothing; a new date moves what it reaches, and says which day it removed", async () => {
    const r = await acceptedRequest();
    expect(await addHoliday(HOLIDAY)).toMatchObject({ status: 302 });
    expect((await state(r.id)).dueDate).toBe("2026-05-29");
    const { action } = await import("~/routes/staff.admin.holidays.$date.edit");
    const edit = (from: string, values: Record<string, string>) =>
      outcome(() => action({ request: post(`/staff/admin/holidays/${from}/edit`, admin, { nameTh: "วันหยุดพิเศษ", nameEn: "Special holiday", kind: "special", ...values }), params: { date: from }, context: {} }));
    // A rename or another kind: every kind closes the office (T3), so no date moves.
    expect(await edit(HOLIDAY, { date: HOLIDAY, nameEn: "Renamed", kind: "annual" })).toMatchObject({ status: 302 });
    expect((await state(r.id)).events).toHaveLength(1);
    // Saving it unchanged writes nothing, not even an audit entry.
    const audits = () => prisma.auditEntry.count({ where: { entity: "holiday", action: "update" } });
    const count = await audits();
    expect(await edit(HOLIDAY, { date: HOLIDAY, nameEn: "Renamed", kind: "annual" })).toMatchObject({ status: 302 });
    expect(await audits()).toBe(count);
    // Moved to another day inside the period: still one closed day more, nothing moves.
    expect(await edit(HOLIDAY, { date: "2026-05-21" })).toMatchObject({ status: 302 });
    expect((await state(r.id)).dueDate).toBe("2026-05-29");
    // Moved past the due date: the request is due a working day earlier again, because 21 May opened.
    expect(await edit("2026-05-21", { date: "2026-06-10" })).toMatchObject({ status: 302 });
    const after = await state(r.id);
    expect(after.dueDate).toBe("2026-05-28");
    expect(after.events.map((e) => parseMoveNote(e.note))).toContainEqual(expect.objectContaining({ due: { from: "2026-05-29", to: "2026-05-28" }, why: [expect.objectContaining({ change: "removed", date: "2026-05-21" })] }));
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { entity: "holiday", action: "update", label: "2026-06-10" }, select: { before: true, after: true } });
    // Only what changed (the date), as in the rest of the admin area.
    expect(JSON.parse(entry.before)).toEqual({ date: "2026-05-21" });
    expect(JSON.parse(entry.after)).toEqual({ date: "2026-06-10" });
    expect(await removeHoliday("2026-06-10")).toMatchObject({ status: 302 });
  });

  it("a second holiday on the same date is refused with a translated error, nothing changes", async () => {
    const { action } = await import("~/routes/staff.admin.holidays.new");
    const before = await prisma.holiday.count();
    const result = (await action({ request: post("/staff/admin/holidays/new", admin, { date: "2026-04-13", nameTh: "ซ้ำ", nameEn: "Twice", kind: "annual" }), params: {}, context: {} })) as unknown as { data: { errors: Record<string, string> }; init: { status: number } };
    expect(result.init.status).toBe(409);
    expect(result.data.errors).toEqual({ date: "holidays:errors.dateTaken" });
    expect(await prisma.holiday.count()).toBe(before);
  });
});

describe("import a year", () => {
  async function importStep(form: FormData) {
    const { action } = await import("~/routes/staff.admin.holidays.import");
    return action({ request: post("/staff/admin/holidays/import", admin, form), params: {}, context: {} }).catch((thrown: unknown) => thrown as Response);
  }
  const upload = (year: string, name: string, text: string) => {
    const form = new FormData();
    form.set("intent", "preview");
    form.set("year", year);
    form.set("file", new File([text], name, { type: "text/csv" }));
    return form;
  };

  it("a file with one bad row imports nothing, and the error names the row", async () => {
    const [holidays, audits] = [await prisma.holiday.count(), await prisma.auditEntry.count()];
    const csv = "\uFEFFdate,name_th,name_en,kind\r\n2026-01-01,วันขึ้นปีใหม่,New Year's Day,annual\r\n2026-02-30,ผิด,Wrong,annual\r\n";
    const result = (await importStep(upload("2026", "holidays-2026.csv", csv))) as unknown as { data: { preview: { ok: boolean; result: { errors: unknown[] } } }; init: { status: number } };
    expect(result.init.status).toBe(400);
    expect(result.data.preview.ok).toBe(false);
    expect(result.data.preview.result.errors).toEqual([{ line: 3, problem: "badDate", value: "2026-02-30" }]);
    expect([await prisma.holiday.count(), await prisma.auditEntry.count()]).toEqual([holidays, audits]);
  });

  it("preview then confirm applies the year in one go; a stale preview is shown again", async () => {
    const current = await prisma.holiday.findMany({ where: { date: { startsWith: "2027-" } }, select: { date: true, nameTh: true, nameEn: true, kind: true }, orderBy: { date: "asc" } });
    const rows = [...current, { date: "2027-11-15", nameTh: "วันหยุดพิเศษ", nameEn: "Special holiday", kind: "special" }];
    const csv = ["date,name_th,name_en,kind", ...rows.map((r) => `${r.date},"${r.nameTh}","${r.nameEn}",${r.kind}`)].join("\n");
    const preview = (await importStep(upload("2027", "2027.csv", csv))) as unknown as { data: { preview: { ok: true; fingerprint: string; rows: unknown[]; diff: { added: { date: string }[]; removed: unknown[]; unchanged: number } } } };
    expect(preview.data.preview.diff.added.map((h) => h.date)).toEqual(["2027-11-15"]);
    expect(preview.data.preview.diff.removed).toEqual([]);
    expect(preview.data.preview.diff.unchanged).toBe(current.length);

    const confirm = (fingerprint: string) => {
      const form = new FormData();
      for (const [k, v] of Object.entries({ intent: "confirm", year: "2027", fingerprint, rows: JSON.stringify(preview.data.preview.rows) })) form.set(k, v);
      return form;
    };
    const stale = (await importStep(confirm("0-0"))) as unknown as { data: { step: string; stale: boolean } };
    expect(stale.data).toMatchObject({ step: "preview", stale: true });
    expect(await prisma.holiday.count({ where: { date: "2027-11-15" } })).toBe(0);

    const done = (await importStep(confirm(preview.data.preview.fingerprint))) as Response;
    expect(done.status).toBe(302);
    expect(await prisma.holiday.count({ where: { date: { startsWith: "2027-" } } })).toBe(current.length + 1);
    const audit = await prisma.auditEntry.findFirst({ where: { entity: "holiday", action: "import", entityId: "2027" }, select: { after: true } });
    expect(JSON.parse(audit!.after)).toHaveProperty("2027-11-15");
    await removeHoliday("2027-11-15");
  });
});

describe("only administrators manage holidays", () => {
  it.each(["counter@bkk01.demo", "officer@ptw.demo", "supervisor@bkk01.demo", "editor@ptw.demo"])("%s gets 403 on the pages and the changes", async (email) => {
    const cookie = await cookieFor(email);
    const { loader } = await import("~/routes/staff.admin.holidays._index");
    expect(await outcome(() => loader({ request: staffRequest("/staff/admin/holidays", cookie), params: {}, context: {} }))).toMatchObject({ status: 403 });
    expect(await addHoliday("2026-05-21", cookie)).toMatchObject({ status: 403 });
    expect(await removeHoliday("2026-04-13", cookie)).toMatchObject({ status: 403 });
    expect(await prisma.holiday.count({ where: { date: { in: ["2026-05-21"] } } })).toBe(0);
    expect(await prisma.holiday.count({ where: { date: "2026-04-13" } })).toBe(1);
  });
});
