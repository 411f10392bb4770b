// Issue 7, organisation and users: administrators create and change agencies, centers and
// staff accounts through the real routes; every change is in the audit log with before → after;
// resets and deactivation end sessions at once (even a session this process has just cached);
// no one but an administrator reaches any of it.
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../prisma/seed/data/staff";
import * as agencies from "~/routes/staff.admin.agencies._index";
import * as agencyForm from "~/routes/staff.admin.agencies.$id";
import * as ministryForm from "~/routes/staff.admin.agencies.ministries.$id";
import * as centers from "~/routes/staff.admin.centers._index";
import * as centerForm from "~/routes/staff.admin.centers.$id";
import * as users from "~/routes/staff.admin.users._index";
import * as userPage from "~/routes/staff.admin.users.$id";
import * as audit from "~/routes/staff.admin.audit";
import * as auditCsv from "~/routes/staff.admin.audit[.]csv";
import * as passwordPage from "~/routes/staff.password";
import * as signInRoute from "~/routes/sign-in";
import * as requestList from "~/routes/staff.requests._index";
import { getStaffUser, signIn } from "~/services/auth.server";
import { loadIntakeManual, submitCounterIntake } from "~/services/intake.server";
import { recordAudit } from "~/models/audit.server";
import { prisma } from "~/utils/db.server";
import { cookieFor, outcome, staffRequest } from "./staff-session";

const ADMIN = "admin@anuyat.demo";
type Mod = { loader?: Function; action?: Function };

function get(mod: Mod, path: string, cookie: string | null, params: Record<string, string> = {}) {
  return mod.loader!({ request: staffRequest(path, cookie), params, context: {} });
}
// Thrown redirects and errors come back as the value, like returned data.
async function post(mod: Mod, path: string, cookie: string | null, form: Record<string, string | string[]>, params: Record<string, string> = {}) {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(form)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
  try {
    return await mod.action!({ request: staffRequest(path, cookie, { method: "POST", body }), params, context: {} });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}
// An action's data() (single fetch): { data, init }.
type Returned = { data: Record<string, any>; init: { status?: number; headers?: Record<string, string> } | null };
const returned = (value: unknown) => value as Returned;

async function cookieOf(email: string, password: string) {
  const result = await signIn(email, password);
  if (!result.ok) throw new Error(`${email}: ${result.error}`);
  return { cookie: result.setCookie.split(";")[0], mustChangePassword: result.mustChangePassword };
}

let admin = "";
let adminId = "";
let bkk01 = "";
let ptw = "";
beforeAll(async () => {
  process.env.APP_NOW = "2026-04-09T10:00:00+07:00";
  admin = await cookieFor(ADMIN);
  adminId = (await getStaffUser(staffRequest("/staff", admin)))!.id;
  bkk01 = (await prisma.serviceCenter.findUniqueOrThrow({ where: { code: "BKK01" } })).id;
  ptw = (await prisma.agency.findUniqueOrThrow({ where: { code: "PTW-DIST" } })).id;
});

async function lastAudit(entity: string, entityId: string) {
  const e = await prisma.auditEntry.findFirstOrThrow({ where: { entity, entityId }, orderBy: [{ at: "desc" }, { id: "desc" }] });
  return { ...e, before: e.before ? JSON.parse(e.before) : null, after: e.after ? JSON.parse(e.after) : null };
}

async function createUser(email: string, fields: Record<string, string>) {
  const r = returned(await post(userPage, "/staff/admin/users/new", admin, { intent: "save", email, name: `Test ${email}`, ...fields }, { id: "new" }));
  expect(r.data.password?.value, JSON.stringify(r.data)).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
  expect(r.init?.headers?.["Cache-Control"]).toBe("no-store");
  return { id: r.data.password.userId as string, password: r.data.password.value as string };
}

describe("staff accounts: create, first sign-in, reset, deactivate (issue 7)", () => {
  it("a new account signs in with its temporary password and must choose its own before anything else", async () => {
    const { id, password } = await createUser("new.officer@test.demo", { role: "officer", agencyId: ptw, serviceCenterId: "" });
    const stored = await prisma.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, mustChangePassword: true, role: true, agencyId: true } });
    expect(stored).toMatchObject({ mustChangePassword: true, role: "officer", agencyId: ptw });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(password);

    const created = await lastAudit("user", id);
    expect(created).toMatchObject({ action: "create", actorId: adminId, actorRole: "admin", label: "new.officer@test.demo", before: null });
    expect(created.after).toEqual({ email: "new.officer@test.demo", name: "Test new.officer@test.demo", role: "officer", serviceCenter: null, agency: "PTW-DIST", active: true });
    expect(JSON.stringify(created)).not.toContain(password);

    // The sign-in form sends the account to the password page, keeping where it was going.
    const signedIn = await outcome(() => post(signInRoute, "/sign-in", null, { email: "new.officer@test.demo", password, redirectTo: "/staff/requests" }));
    expect(signedIn).toEqual({ status: 302, location: "/staff/password?redirectTo=%2Fstaff%2Frequests" });
    const { cookie, mustChangePassword } = await cookieOf("new.officer@test.demo", password);
    expect(mustChangePassword).toBe(true);
    expect(await outcome(() => get(requestList, "/staff/requests", cookie))).toEqual({ status: 302, location: "/staff/password?redirectTo=%2Fstaff%2Frequests" });
    expect(await outcome(() => get(passwordPage, "/staff/password", cookie))).toEqual({ status: 200 });

    // Too short, not confirmed, wrong current password: refused, nothing changes.
    const short = returned(await post(passwordPage, "/staff/password", cookie, { currentPassword: password, newPassword: "short", confirmPassword: "short" }));
    expect(short.data.errors.newPassword).toBe("admin:password.errors.tooShort");
    const mismatch = returned(await post(passwordPage, "/staff/password", cookie, { currentPassword: password, newPassword: "a long new password", confirmPassword: "another long one" }));
    expect(mismatch.data.errors.confirmPassword).toBe("admin:password.errors.mismatch");
    const wrong = returned(await post(passwordPage, "/staff/password", cookie, { currentPassword: "not-the-password", newPassword: "a long new password", confirmPassword: "a long new password" }));
    expect(wrong.data.errors.currentPassword).toBe("admin:password.errors.currentWrong");
    expect(await outcome(() => get(requestList, "/staff/requests", cookie))).toMatchObject({ status: 302 });

    const changed = await outcome(() =>
      post(passwordPage, "/staff/password", cookie, { currentPassword: password, newPassword: "a long new password", confirmPassword: "a long new password", redirectTo: "/staff/requests" }),
    );
    expect(changed).toEqual({ status: 302, location: "/staff/requests" });
    // The same session goes on, now to the officer's pages.
    expect(await outcome(() => get(requestList, "/staff/requests", cookie))).toEqual({ status: 200 });
    expect((await signIn("new.officer@test.demo", password)).ok).toBe(false);
    expect(await cookieOf("new.officer@test.demo", "a long new password")).toMatchObject({ mustChangePassword: false });
    expect(await lastAudit("user", id)).toMatchObject({ action: "password_changed", actorId: id });
  });

  it("a reset ends every session at once and forces a new password at the next sign-in", async () => {
    const { id, password } = await createUser("reset.me@test.demo", { role: "counter", serviceCenterId: bkk01, agencyId: "" });
    const first = await cookieOf("reset.me@test.demo", password);
    await post(passwordPage, "/staff/password", first.cookie, { currentPassword: password, newPassword: "my own password 1", confirmPassword: "my own password 1" });
    const a = (await cookieOf("reset.me@test.demo", "my own password 1")).cookie;
    // Read once so the session sits in this process's cache.
    expect(await getStaffUser(staffRequest("/staff", a))).toMatchObject({ role: "counter" });

    const r = returned(await post(userPage, `/staff/admin/users/${id}`, admin, { intent: "reset_password" }, { id }));
    const temporary = r.data.password.value as string;
    expect(temporary).not.toBe(password);
    expect(await getStaffUser(staffRequest("/staff", a))).toBeNull();
    expect(await getStaffUser(staffRequest("/staff", first.cookie))).toBeNull();
    expect(await prisma.session.count({ where: { userId: id } })).toBe(0);
    expect((await signIn("reset.me@test.demo", "my own password 1")).ok).toBe(false);
    expect(await cookieOf("reset.me@test.demo", temporary)).toMatchObject({ mustChangePassword: true });

    const entry = await lastAudit("user", id);
    expect(entry).toMatchObject({ action: "reset_password", actorId: adminId, before: { mustChangePassword: false }, after: { mustChangePassword: true } });
    expect(JSON.stringify(entry)).not.toContain(temporary);
  });

  it("deactivation ends the sessions at once and refuses sign-in with the wrong-password message; reactivation restores it", async () => {
    const { id, password } = await createUser("leaving@test.demo", { role: "supervisor", serviceCenterId: bkk01, agencyId: "" });
    const { cookie } = await cookieOf("leaving@test.demo", password);
    expect(await getStaffUser(staffRequest("/staff", cookie))).toMatchObject({ role: "supervisor" });

    const done = await outcome(() => post(userPage, `/staff/admin/users/${id}`, admin, { intent: "deactivate" }, { id }));
    expect(done).toEqual({ status: 302, location: `/staff/admin/users/${id}?done=deactivate` });
    expect(await getStaffUser(staffRequest("/staff", cookie))).toBeNull();
    expect(await outcome(() => get(requestList, "/staff/requests", cookie))).toMatchObject({ status: 302, location: expect.stringMatching(/^\/sign-in/) });
    expect(await signIn("leaving@test.demo", password)).toEqual({ ok: false, error: "auth.invalid" });
    expect(await signIn("leaving@test.demo", "wrong password")).toEqual({ ok: false, error: "auth.invalid" });
    const row = await prisma.user.findUniqueOrThrow({ where: { id }, select: { active: true, deactivatedAt: true } });
    expect(row).toEqual({ active: false, deactivatedAt: new Date("2026-04-09T03:00:00Z") });
    expect(await lastAudit("user", id)).toMatchObject({ action: "deactivate", before: { active: true }, after: { active: false } });

    await post(userPage, `/staff/admin/users/${id}`, admin, { intent: "reactivate" }, { id });
    expect((await signIn("leaving@test.demo", password)).ok).toBe(true);
    expect(await lastAudit("user", id)).toMatchObject({ action: "reactivate", before: { active: false }, after: { active: true } });
  });

  it("a role change takes effect on the next request and is logged with only what changed", async () => {
    const { id, password } = await createUser("mover@test.demo", { role: "counter", serviceCenterId: bkk01, agencyId: "" });
    const { cookie } = await cookieOf("mover@test.demo", password);
    await post(passwordPage, "/staff/password", cookie, { currentPassword: password, newPassword: "mover password 1", confirmPassword: "mover password 1" });
    expect(await getStaffUser(staffRequest("/staff", cookie))).toMatchObject({ role: "counter" });
    const saved = await outcome(() => post(userPage, `/staff/admin/users/${id}`, admin, { intent: "save", name: "Test mover@test.demo", role: "officer", serviceCenterId: "", agencyId: ptw }, { id }));
    expect(saved).toEqual({ status: 302, location: `/staff/admin/users/${id}?saved=1` });
    expect(await getStaffUser(staffRequest("/staff", cookie))).toMatchObject({ role: "officer", agencyId: ptw, serviceCenterId: null });
    expect(await lastAudit("user", id)).toMatchObject({
      action: "role_change",
      before: { role: "counter", serviceCenter: "BKK01", agency: null },
      after: { role: "officer", serviceCenter: null, agency: "PTW-DIST" },
    });
    // Saving the same again writes nothing.
    const count = await prisma.auditEntry.count({ where: { entityId: id } });
    const again = await outcome(() => post(userPage, `/staff/admin/users/${id}`, admin, { intent: "save", name: "Test mover@test.demo", role: "officer", serviceCenterId: "", agencyId: ptw }, { id }));
    expect(again.location).toBe(`/staff/admin/users/${id}?saved=unchanged`);
    expect(await prisma.auditEntry.count({ where: { entityId: id } })).toBe(count);
  });

  it("a role that does not fit its scope, a taken e-mail, and self-lockout are refused with translated errors; nothing is stored", async () => {
    const before = await prisma.user.count();
    const audits = await prisma.auditEntry.count();
    const badScope = returned(await post(userPage, "/staff/admin/users/new", admin, { intent: "save", email: "x@test.demo", name: "X", role: "counter", serviceCenterId: "", agencyId: ptw }, { id: "new" }));
    expect(badScope.init?.status).toBe(400);
    expect(badScope.data.errors).toEqual({ serviceCenterId: "admin:users.errors.centerRequired" });
    expect(badScope.data.values.email).toBe("x@test.demo");
    const taken = returned(await post(userPage, "/staff/admin/users/new", admin, { intent: "save", email: "Officer@PTW.demo", name: "Dup", role: "officer", serviceCenterId: "", agencyId: ptw }, { id: "new" }));
    expect(taken.data.errors).toEqual({ email: "admin:users.errors.emailTaken" });
    const unknownPlace = returned(await post(userPage, "/staff/admin/users/new", admin, { intent: "save", email: "y@test.demo", name: "Y", role: "officer", serviceCenterId: "", agencyId: "no-such-agency" }, { id: "new" }));
    expect(unknownPlace.data.errors).toEqual({ agencyId: "validation:choose" });

    const self = (intent: string) => post(userPage, `/staff/admin/users/${adminId}`, admin, { intent }, { id: adminId });
    expect(returned(await self("deactivate")).data.accessError).toBe("admin:users.errors.selfDeactivate");
    expect(returned(await self("reset_password")).data.accessError).toBe("admin:users.errors.selfReset");
    const demote = returned(await post(userPage, `/staff/admin/users/${adminId}`, admin, { intent: "save", name: "Anan Admin (demo)", role: "officer", serviceCenterId: "", agencyId: ptw }, { id: adminId }));
    expect(demote.data.errors).toEqual({ role: "admin:users.errors.selfDemote" });
    expect((await outcome(() => post(userPage, `/staff/admin/users/${adminId}`, admin, { intent: "delete" }, { id: adminId }))).status).toBe(400);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: adminId }, select: { role: true, active: true } })).toEqual({ role: "admin", active: true });
    expect(await prisma.user.count()).toBe(before);
    expect(await prisma.auditEntry.count()).toBe(audits);
  });

  it("the user list filters by role, place and status", async () => {
    const list = async (q: string) => ((await get(users, `/staff/admin/users?${q}`, admin)) as { users: { email: string }[] }).users.map((u) => u.email);
    expect(await list("role=editor")).toEqual(["editor@ptw.demo"]);
    expect(await list(`place=center:${bkk01}&role=counter`)).toContain("counter@bkk01.demo");
    expect(await list(`place=center:${bkk01}`)).not.toContain("counter@nbi01.demo");
    expect(await list("active=inactive")).not.toContain(ADMIN);
    expect(await list("role=bogus")).toContain(ADMIN);
  });
});

describe("agencies, ministries and centers (issue 7)", () => {
  it("a ministry and an agency are created and edited, each change logged with before → after", async () => {
    expect(await outcome(() => post(ministryForm, "/staff/admin/agencies/ministries/new", admin, { code: "test-min", nameTh: "กระทรวงทดสอบ", nameEn: "Ministry of Tests" }, { id: "new" }))).toEqual({
      status: 302,
      location: "/staff/admin/agencies?saved=TEST-MIN",
    });
    const ministry = await prisma.ministry.findUniqueOrThrow({ where: { code: "TEST-MIN" } });
    expect(await lastAudit("ministry", ministry.id)).toMatchObject({ action: "create", label: "TEST-MIN", after: { code: "TEST-MIN", nameEn: "Ministry of Tests" } });

    const agency = { code: "TEST-AG", nameTh: "กรมทดสอบ", nameEn: "Department of Tests", ministryId: ministry.id, parentId: "", phone: "", website: "https://tests.example.go.th", addressTh: "", addressEn: "" };
    await post(agencyForm, "/staff/admin/agencies/new", admin, agency, { id: "new" });
    const row = await prisma.agency.findUniqueOrThrow({ where: { code: "TEST-AG" } });
    expect(row).toMatchObject({ phone: null, website: "https://tests.example.go.th", parentId: null });
    await post(agencyForm, `/staff/admin/agencies/${row.id}`, admin, { ...agency, phone: "02 123 4567", parentId: ptw }, { id: row.id });
    expect(await lastAudit("agency", row.id)).toMatchObject({ action: "update", before: { phone: null, parentId: null }, after: { phone: "02 123 4567", parentId: ptw } });
    // PTW-DIST may not become part of its own child.
    const ptwRow = await prisma.agency.findUniqueOrThrow({ where: { id: ptw }, select: { code: true, nameTh: true, nameEn: true, ministryId: true } });
    const cycle = returned(await post(agencyForm, `/staff/admin/agencies/${ptw}`, admin, { ...ptwRow, parentId: row.id }, { id: ptw }));
    expect(cycle.data.errors).toEqual({ parentId: "admin:agencies.errors.parentCycle" });

    expect(((await get(agencies, "/staff/admin/agencies", admin)) as { agencies: { code: string }[] }).agencies.map((a) => a.code)).toContain("TEST-AG");
  });

  it("a duplicate code is a translated field error and stores nothing", async () => {
    const [ministries, agencyCount, centerCount, audits] = [await prisma.ministry.count(), await prisma.agency.count(), await prisma.serviceCenter.count(), await prisma.auditEntry.count()];
    const ministryId = (await prisma.ministry.findFirstOrThrow()).id;
    const dupAgency = returned(await post(agencyForm, "/staff/admin/agencies/new", admin, { code: "ptw-dist", nameTh: "ซ้ำ", nameEn: "Duplicate", ministryId }, { id: "new" }));
    expect(dupAgency.data.errors).toEqual({ code: "admin:agencies.errors.codeTaken" });
    expect(dupAgency.data.values.nameEn).toBe("Duplicate");
    const existing = await prisma.ministry.findFirstOrThrow({ select: { code: true } });
    const dupMinistry = returned(await post(ministryForm, "/staff/admin/agencies/ministries/new", admin, { code: existing.code, nameTh: "ซ้ำ", nameEn: "Duplicate" }, { id: "new" }));
    expect(dupMinistry.data.errors).toEqual({ code: "admin:agencies.errors.codeTaken" });
    const dupCenter = returned(
      await post(centerForm, "/staff/admin/centers/new", admin, { code: "BKK01", nameTh: "ซ้ำ", nameEn: "Dup", addressTh: "ที่", addressEn: "At", phone: "02", opensAt: "08:30", closesAt: "16:30", lunchStart: "", lunchEnd: "" }, { id: "new" }),
    );
    expect(dupCenter.data.errors).toEqual({ code: "admin:centers.errors.codeTaken" });
    expect([await prisma.ministry.count(), await prisma.agency.count(), await prisma.serviceCenter.count(), await prisma.auditEntry.count()]).toEqual([ministries, agencyCount, centerCount, audits]);
  });

  it("a center's office hours are validated, and new hours reach the clock of a signed-in counter at once (T5)", async () => {
    const base = { code: "TST01", nameTh: "ศูนย์ทดสอบ", nameEn: "Test Center", addressTh: "ที่อยู่", addressEn: "Address", phone: "02 000 0000" };
    const permit = await prisma.permit.findUniqueOrThrow({ where: { slug: "food-premises-licence" }, select: { id: true } });
    const bad = returned(await post(centerForm, "/staff/admin/centers/new", admin, { ...base, opensAt: "16:30", closesAt: "08:30", lunchStart: "", lunchEnd: "" }, { id: "new" }));
    expect(bad.data.errors).toEqual({ closesAt: "admin:centers.errors.closesBeforeOpens" });
    const lunch = returned(await post(centerForm, "/staff/admin/centers/new", admin, { ...base, opensAt: "08:30", closesAt: "16:30", lunchStart: "12:00", lunchEnd: "" }, { id: "new" }));
    expect(lunch.data.errors).toEqual({ lunchEnd: "admin:centers.errors.lunchBothEnds" });
    expect(await prisma.serviceCenter.count({ where: { code: "TST01" } })).toBe(0);

    await post(centerForm, "/staff/admin/centers/new", admin, { ...base, opensAt: "09:00", closesAt: "15:00", lunchStart: "", lunchEnd: "", permitIds: [permit.id] }, { id: "new" });
    const center = await prisma.serviceCenter.findUniqueOrThrow({ where: { code: "TST01" }, select: { id: true, lunchStart: true, lunchEnd: true, permits: { select: { permitId: true } } } });
    expect(center).toMatchObject({ lunchStart: null, lunchEnd: null, permits: [{ permitId: permit.id }] });
    expect((await lastAudit("service_center", center.id)).after).toMatchObject({ code: "TST01", opensAt: "09:00", lunchStart: null, permits: ["food-premises-licence"] });

    const { id } = await createUser("counter@tst01.test.demo", { role: "counter", serviceCenterId: center.id, agencyId: "" });
    const temp = returned(await post(userPage, `/staff/admin/users/${id}`, admin, { intent: "reset_password" }, { id })).data.password.value;
    const { cookie } = await cookieOf("counter@tst01.test.demo", temp);
    expect((await getStaffUser(staffRequest("/staff", cookie)))!.serviceCenter).toMatchObject({ opensAt: "09:00", closesAt: "15:00" });
    await post(centerForm, `/staff/admin/centers/${center.id}`, admin, { ...base, opensAt: "07:30", closesAt: "15:30", lunchStart: "11:30", lunchEnd: "12:30" }, { id: center.id });
    expect((await getStaffUser(staffRequest("/staff", cookie)))!.serviceCenter).toMatchObject({ opensAt: "07:30", closesAt: "15:30", lunchStart: "11:30", lunchEnd: "12:30" });
    const entry = await lastAudit("service_center", center.id);
    expect(entry.before).toEqual({ opensAt: "09:00", closesAt: "15:00", lunchStart: null, lunchEnd: null, permits: ["food-premises-licence"] });
    expect(entry.after).toEqual({ opensAt: "07:30", closesAt: "15:30", lunchStart: "11:30", lunchEnd: "12:30", permits: [] });
  });

  it("a center's code is fixed once a request has been filed there (it is in the tracking numbers)", async () => {
    const center = await prisma.serviceCenter.findUniqueOrThrow({ where: { code: "BKK01" }, select: { id: true, nameTh: true, nameEn: true, addressTh: true, addressEn: true, phone: true } });
    const counter = (await getStaffUser(staffRequest("/staff", await cookieFor("counter@bkk01.demo"))))!;
    const permit = await loadIntakeManual("commercial-registration");
    const filed = await submitCounterIntake(counter, permit, {
      idempotencyKey: "admin-organisation-test-000001",
      applicantType: "person",
      applicantId: "1101700203450",
      applicantName: "Code Lock Test",
      applicantPhone: "0812345678",
      applicantEmail: "",
      applicantAddress: "1 Test Road",
      preferredLanguage: "en",
      noticesByEmail: false,
      cureDeadline: "",
      signedOnPaper: true,
      documents: permit.manual.documents.map((d) => ({ id: d.id, status: "received", note: "" })),
    });
    expect(filed.ok).toBe(true);
    const r = returned(await post(centerForm, `/staff/admin/centers/${center.id}`, admin, { ...center, code: "BKK99", opensAt: "08:30", closesAt: "16:30", lunchStart: "12:00", lunchEnd: "13:00" }, { id: center.id }));
    expect(r.data.errors).toEqual({ code: "admin:centers.errors.codeLocked" });
    expect(await prisma.serviceCenter.count({ where: { code: "BKK01" } })).toBe(1);
    expect(((await get(centers, "/staff/admin/centers", admin)) as { centers: { code: string }[] }).centers.map((c) => c.code)).toContain("BKK01");
  });
});

describe("the audit log (issue 7)", () => {
  it("lists entries newest first with the actor's name and only the changed fields, and filters", async () => {
    const all = (await get(audit, "/staff/admin/audit", admin)) as { entries: { entity: string; action: string; label: string; actor: { name: string } | null; changes: { field: string }[] }[] };
    expect(all.entries.length).toBeGreaterThan(5);
    expect(all.entries[0].actor?.name).toBeTruthy();
    const usersOnly = (await get(audit, "/staff/admin/audit?entity=user&action=deactivate", admin)) as typeof all;
    expect(usersOnly.entries.map((e) => e.label)).toEqual(["leaving@test.demo"]);
    expect(usersOnly.entries[0].changes).toEqual([{ field: "active", before: "true", after: "false" }]);
    const byLabel = (await get(audit, "/staff/admin/audit?q=TST01", admin)) as typeof all;
    // Free text matches the label in any case: the center and its counter's e-mail.
    expect(byLabel.entries.every((e) => /tst01/i.test(e.label))).toBe(true);
    expect(new Set(byLabel.entries.map((e) => e.entity))).toEqual(new Set(["service_center", "user"]));
    // The log's Bangkok day: everything here happened on 9 April 2026.
    expect(((await get(audit, "/staff/admin/audit?from=2026-04-10", admin)) as typeof all).entries).toEqual([]);
    expect(((await get(audit, `/staff/admin/audit?from=2026-04-09&to=2026-04-09&actor=${adminId}&entity=ministry`, admin)) as typeof all).entries.length).toBeGreaterThan(0);
    const csv = (await get(auditCsv, "/staff/admin/audit.csv?entity=service_center", admin)) as Response;
    expect(csv.headers.get("Content-Type")).toMatch(/^text\/csv/);
    const text = await csv.text();
    expect(text).toContain("TST01");
    expect(text).not.toContain("leaving@test.demo");
  });

  it("shows entries of other areas generically: their own actions and fields, offered in the filters", async () => {
    await recordAudit(prisma, {
      actor: { id: adminId, role: "admin" },
      at: new Date("2026-04-09T03:00:00Z"),
      entity: "manual",
      entityId: "test-manual",
      action: "draft.save",
      label: "audit-generic-test v2",
      before: { version: 2, someNewField: ["a"] },
      after: { version: 2, someNewField: ["a", "b"] },
    });
    const page = (await get(audit, "/staff/admin/audit?action=draft.save&q=audit-generic-test", admin)) as {
      entries: { changes: unknown[] }[];
      actions: string[];
      entities: string[];
    };
    expect(page.entries.map((e) => e.changes)).toEqual([[{ field: "someNewField", before: "a", after: "a, b" }]]);
    expect(page.actions).toContain("draft.save");
    expect(page.entities).toContain("manual");
    await prisma.auditEntry.deleteMany({ where: { entityId: "test-manual" } });
  });

  it("pages through the log with a cursor", async () => {
    const first = (await get(audit, "/staff/admin/audit", admin)) as { entries: { id: string }[]; next: string | null };
    if (!first.next) return;
    const second = (await get(audit, `/staff/admin/audit?cursor=${first.next}`, admin)) as typeof first;
    expect(second.entries[0].id).not.toBe(first.entries[0].id);
    expect(first.entries.map((e) => e.id)).not.toContain(second.entries[0].id);
  });
});

describe("only administrators (issue 7: organisation.manage, user.manage, audit.view)", () => {
  const routes = (): [string, () => (cookie: string | null) => Promise<unknown>][] => [
    ["GET agencies", () => (c) => get(agencies, "/staff/admin/agencies", c)],
    ["GET agency", () => (c) => get(agencyForm, `/staff/admin/agencies/${ptw}`, c, { id: ptw })],
    ["POST agency", () => (c) => post(agencyForm, "/staff/admin/agencies/new", c, { code: "HACK" }, { id: "new" })],
    ["GET ministry", () => (c) => get(ministryForm, "/staff/admin/agencies/ministries/new", c, { id: "new" })],
    ["POST ministry", () => (c) => post(ministryForm, "/staff/admin/agencies/ministries/new", c, { code: "HACK" }, { id: "new" })],
    ["GET centers", () => (c) => get(centers, "/staff/admin/centers", c)],
    ["GET center", () => (c) => get(centerForm, `/staff/admin/centers/${bkk01}`, c, { id: bkk01 })],
    ["POST center", () => (c) => post(centerForm, `/staff/admin/centers/${bkk01}`, c, { code: "HACK" }, { id: bkk01 })],
    ["GET users", () => (c) => get(users, "/staff/admin/users", c)],
    ["GET user", () => (c) => get(userPage, `/staff/admin/users/${adminId}`, c, { id: adminId })],
    ["POST user reset", () => (c) => post(userPage, `/staff/admin/users/${adminId}`, c, { intent: "reset_password" }, { id: adminId })],
    ["POST user deactivate", () => (c) => post(userPage, `/staff/admin/users/${adminId}`, c, { intent: "deactivate" }, { id: adminId })],
    ["POST user create", () => (c) => post(userPage, "/staff/admin/users/new", c, { email: "hack@test.demo", name: "H", role: "admin" }, { id: "new" })],
    ["GET audit", () => (c) => get(audit, "/staff/admin/audit", c)],
    ["GET audit.csv", () => (c) => get(auditCsv, "/staff/admin/audit.csv", c)],
  ];

  it.each(["editor@ptw.demo", "supervisor@bkk01.demo", "counter@bkk01.demo", "officer@ptw.demo"])("%s gets 403 on every route", async (email) => {
    const cookie = await cookieFor(email);
    for (const [name, call] of routes()) expect((await outcome(() => call()(cookie))).status, name).toBe(403);
  });

  it("an anonymous visitor is sent to sign in", async () => {
    for (const [name, call] of routes()) expect((await outcome(() => call()(null))).location, name).toMatch(/^\/sign-in\?redirectTo=/);
  });

  it("the administrator reaches every page", async () => {
    for (const [name, call] of routes().filter(([n]) => n.startsWith("GET"))) expect((await outcome(() => call()(admin))).status, name).toBe(200);
  });

  it("the password page is open to every signed-in user", async () => {
    expect(await outcome(() => get(passwordPage, "/staff/password", null))).toMatchObject({ status: 302 });
    const editor = await cookieFor("editor@ptw.demo");
    expect(await outcome(() => get(passwordPage, "/staff/password", editor))).toEqual({ status: 200 });
    expect((await cookieOf("editor@ptw.demo", DEMO_PASSWORD)).mustChangePassword).toBe(false);
  });
});
