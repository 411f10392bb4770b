// Every staff route and action, called as each role and as anonymous: allowed or denied
// exactly as the permissions table says. Anonymous visitors are sent to sign in and back.
import { beforeAll, describe, expect, it } from "vitest";
import { can, type Action } from "~/domain/auth/permissions";
import * as staffHome from "~/routes/staff._index";
import * as staffLayout from "~/routes/staff";
import * as counterHome from "~/routes/staff.counter";
import * as pick from "~/routes/staff.intake.new._index";
import * as intakeForm from "~/routes/staff.intake.new.$slug";
import * as requestPage from "~/routes/staff.requests.$number";
import * as receipt from "~/routes/staff_.requests.$number_.receipt";
import * as recordPrint from "~/routes/staff_.requests.$number_.deficiency-record";
import * as outboxPage from "~/routes/staff.outbox";
import * as dashboardPage from "~/routes/staff.dashboard";
import * as dashboardCsv from "~/routes/staff.dashboard[.]csv";
import * as adminLayout from "~/routes/staff.admin";
import * as adminHome from "~/routes/staff.admin._index";
import * as manualsList from "~/routes/staff.admin.manuals._index";
import * as manualNew from "~/routes/staff.admin.manuals.new";
import * as manualOverview from "~/routes/staff.admin.manuals.$slug._index";
import * as manualVersion from "~/routes/staff.admin.manuals.$slug_.versions.$n";
import * as manualDiff from "~/routes/staff.admin.manuals.$slug_.diff";
import * as holidaysList from "~/routes/staff.admin.holidays._index";
import * as holidayNew from "~/routes/staff.admin.holidays.new";
import * as holidayEdit from "~/routes/staff.admin.holidays.$date.edit";
import * as holidayRemove from "~/routes/staff.admin.holidays.$date.remove";
import * as holidayImport from "~/routes/staff.admin.holidays.import";
import * as agenciesList from "~/routes/staff.admin.agencies._index";
import * as agencyEdit from "~/routes/staff.admin.agencies.$id";
import * as ministryEdit from "~/routes/staff.admin.agencies.ministries.$id";
import * as centersList from "~/routes/staff.admin.centers._index";
import * as centerEdit from "~/routes/staff.admin.centers.$id";
import * as usersList from "~/routes/staff.admin.users._index";
import * as userEdit from "~/routes/staff.admin.users.$id";
import * as auditLog from "~/routes/staff.admin.audit";
import * as auditCsv from "~/routes/staff.admin.audit[.]csv";
import * as guidesList from "~/routes/staff.admin.guides._index";
import * as guideEdit from "~/routes/staff.admin.guides.$id";
import * as bundleIntake from "~/routes/staff.intake.guides.$slug";
import * as bundleReceipt from "~/routes/staff_.bundles.$number";
import { loadIntakeManual, submitCounterIntake } from "~/services/intake.server";
import { getStaffUser } from "~/services/auth.server";
import { cookieFor, outcome, staffRequest } from "./staff-session";

const USERS = {
  counter: "counter@bkk01.demo",
  officer: "officer@ptw.demo",
  supervisor: "supervisor@bkk01.demo",
  editor: "editor@ptw.demo",
  admin: "admin@anuyat.demo",
} as const;
type Who = keyof typeof USERS | "anonymous";
const WHO: Who[] = ["anonymous", "counter", "officer", "supervisor", "editor", "admin"];

let tracking = "";

beforeAll(async () => {
  process.env.APP_NOW = "2026-04-09T10:00:00+07:00";
  // An incomplete request at BKK01 for a permit of the officer's agency, so every role is in scope.
  const counter = (await getStaffUser(staffRequest("/staff", await cookieFor(USERS.counter))))!;
  const permit = await loadIntakeManual("food-premises-licence");
  const result = await submitCounterIntake(counter, permit, {
    idempotencyKey: "access-test-request-000001",
    applicantType: "person",
    applicantId: "1101700203450",
    applicantName: "Access Test",
    applicantPhone: "0812345678",
    applicantEmail: "",
    applicantAddress: "1 Test Road",
    preferredLanguage: "en",
    noticesByEmail: false,
    cureDeadline: "",
    signedOnPaper: true,
    documents: permit.manual.documents.map((d, i) => ({ id: d.id, status: i === 0 ? "missing" : "received", note: "" })),
  });
  if (!result.ok) throw new Error("fixture failed");
  tracking = result.trackingNumber;
});

type Case = { name: string; action: Action; call: (cookie: string | null) => Promise<unknown> };
const loader = (mod: { loader: Function }, path: string, params: Record<string, string> = {}) => (cookie: string | null) =>
  mod.loader({ request: staffRequest(path, cookie), params: params, context: {} });
const post = (mod: { action: Function }, path: string, form: Record<string, string>, params: Record<string, string> = {}) => (cookie: string | null) =>
  mod.action({ request: staffRequest(path, cookie, { method: "POST", body: new URLSearchParams(form) }), params, context: {} });

const CASES = (): Case[] => [
  { name: "GET /staff (layout)", action: "staff.home", call: loader(staffLayout, "/staff") },
  { name: "GET /staff (index)", action: "staff.home", call: loader(staffHome, "/staff") },
  { name: "GET /staff/counter", action: "counter.home", call: loader(counterHome, "/staff/counter") },
  { name: "GET /staff/intake/new", action: "intake.create", call: loader(pick, "/staff/intake/new") },
  { name: "GET /staff/intake/new/:slug", action: "intake.create", call: loader(intakeForm, "/staff/intake/new/commercial-registration", { slug: "commercial-registration" }) },
  { name: "POST /staff/intake/new/:slug", action: "intake.create", call: post(intakeForm, "/staff/intake/new/commercial-registration", {}, { slug: "commercial-registration" }) },
  { name: "GET /staff/requests/:n", action: "request.view", call: (c) => loader(requestPage, `/staff/requests/${tracking}`, { number: tracking })(c) },
  { name: "GET /staff/requests/:n/receipt", action: "request.view", call: (c) => loader(receipt, `/staff/requests/${tracking}/receipt`, { number: tracking })(c) },
  { name: "GET /staff/requests/:n/deficiency-record", action: "request.view", call: (c) => loader(recordPrint, `/staff/requests/${tracking}/deficiency-record`, { number: tracking })(c) },
  { name: "POST cure", action: "deficiency.cure", call: (c) => post(requestPage, `/staff/requests/${tracking}`, { intent: "cure" }, { number: tracking })(c) },
  { name: "POST record_deficiency", action: "deficiency.record", call: (c) => post(requestPage, `/staff/requests/${tracking}`, { intent: "record_deficiency" }, { number: tracking })(c) },
  { name: "POST approve_exception", action: "deficiency.approveException", call: (c) => post(requestPage, `/staff/requests/${tracking}`, { intent: "approve_exception", reason: "x" }, { number: tracking })(c) },
  { name: "POST unknown intent", action: "request.view", call: (c) => post(requestPage, `/staff/requests/${tracking}`, { intent: "bogus" }, { number: tracking })(c) },
  { name: "POST withdraw", action: "request.withdraw", call: (c) => post(requestPage, `/staff/requests/${tracking}`, { intent: "withdraw", reason: "test" }, { number: tracking })(c) },
  { name: "GET /staff/outbox", action: "outbox.view", call: loader(outboxPage, "/staff/outbox?state=failed") },
  { name: "GET /staff/dashboard", action: "dashboard.view", call: loader(dashboardPage, "/staff/dashboard?list=overdue") },
  { name: "GET /staff/dashboard.csv", action: "dashboard.view", call: loader(dashboardCsv, "/staff/dashboard.csv?list=delay_missing") },
  { name: "GET /staff/admin (layout)", action: "manual.edit", call: loader(adminLayout, "/staff/admin") },
  { name: "GET /staff/admin (index)", action: "manual.edit", call: loader(adminHome, "/staff/admin") },
  // Administration (issue 7): every page and an empty POST to every form, as every role.
  { name: "GET /staff/admin/manuals", action: "manual.edit", call: loader(manualsList, "/staff/admin/manuals") },
  { name: "GET /staff/admin/manuals/new", action: "manual.edit", call: loader(manualNew, "/staff/admin/manuals/new") },
  { name: "POST /staff/admin/manuals/new", action: "manual.edit", call: post(manualNew, "/staff/admin/manuals/new", {}) },
  { name: "GET /staff/admin/manuals/:slug", action: "manual.edit", call: loader(manualOverview, "/staff/admin/manuals/food-premises-licence", { slug: "food-premises-licence" }) },
  { name: "GET /staff/admin/manuals/:slug/versions/1", action: "manual.edit", call: loader(manualVersion, "/staff/admin/manuals/food-premises-licence/versions/1", { slug: "food-premises-licence", n: "1" }) },
  { name: "GET /staff/admin/manuals/:slug/diff", action: "manual.edit", call: loader(manualDiff, "/staff/admin/manuals/food-premises-licence/diff?from=1&to=1", { slug: "food-premises-licence" }) },
  { name: "GET /staff/admin/holidays", action: "holiday.manage", call: loader(holidaysList, "/staff/admin/holidays?year=2026") },
  { name: "GET /staff/admin/holidays/new", action: "holiday.manage", call: loader(holidayNew, "/staff/admin/holidays/new") },
  { name: "POST /staff/admin/holidays/new", action: "holiday.manage", call: post(holidayNew, "/staff/admin/holidays/new", {}) },
  { name: "GET /staff/admin/holidays/:date/edit", action: "holiday.manage", call: loader(holidayEdit, "/staff/admin/holidays/2026-12-31/edit", { date: "2026-12-31" }) },
  { name: "POST /staff/admin/holidays/:date/edit", action: "holiday.manage", call: post(holidayEdit, "/staff/admin/holidays/2026-12-31/edit", {}, { date: "2026-12-31" }) },
  { name: "GET /staff/admin/holidays/:date/remove", action: "holiday.manage", call: loader(holidayRemove, "/staff/admin/holidays/2026-12-31/remove", { date: "2026-12-31" }) },
  { name: "GET /staff/admin/holidays/import", action: "holiday.manage", call: loader(holidayImport, "/staff/admin/holidays/import") },
  { name: "POST /staff/admin/holidays/import", action: "holiday.manage", call: post(holidayImport, "/staff/admin/holidays/import", {}) },
  // Life-event guides (issue 10): administrators maintain them; only counter staff file a bundle.
  { name: "GET /staff/admin/guides", action: "guide.manage", call: loader(guidesList, "/staff/admin/guides") },
  { name: "GET /staff/admin/guides/new", action: "guide.manage", call: loader(guideEdit, "/staff/admin/guides/new", { id: "new" }) },
  { name: "POST /staff/admin/guides/new", action: "guide.manage", call: post(guideEdit, "/staff/admin/guides/new", {}, { id: "new" }) },
  { name: "GET /staff/intake/guides/:slug", action: "intake.create", call: loader(bundleIntake, "/staff/intake/guides/open-a-restaurant?area=80&premises=rent&juristic=no&liquor=no", { slug: "open-a-restaurant" }) },
  { name: "POST /staff/intake/guides/:slug", action: "intake.create", call: post(bundleIntake, "/staff/intake/guides/open-a-restaurant?area=80&premises=rent&juristic=no&liquor=no", {}, { slug: "open-a-restaurant" }) },
  { name: "GET /staff/admin/agencies", action: "organisation.manage", call: loader(agenciesList, "/staff/admin/agencies") },
  { name: "GET /staff/admin/agencies/new", action: "organisation.manage", call: loader(agencyEdit, "/staff/admin/agencies/new", { id: "new" }) },
  { name: "POST /staff/admin/agencies/new", action: "organisation.manage", call: post(agencyEdit, "/staff/admin/agencies/new", {}, { id: "new" }) },
  { name: "GET /staff/admin/agencies/ministries/new", action: "organisation.manage", call: loader(ministryEdit, "/staff/admin/agencies/ministries/new", { id: "new" }) },
  { name: "POST /staff/admin/agencies/ministries/new", action: "organisation.manage", call: post(ministryEdit, "/staff/admin/agencies/ministries/new", {}, { id: "new" }) },
  { name: "GET /staff/admin/centers", action: "organisation.manage", call: loader(centersList, "/staff/admin/centers") },
  { name: "GET /staff/admin/centers/new", action: "organisation.manage", call: loader(centerEdit, "/staff/admin/centers/new", { id: "new" }) },
  { name: "POST /staff/admin/centers/new", action: "organisation.manage", call: post(centerEdit, "/staff/admin/centers/new", {}, { id: "new" }) },
  { name: "GET /staff/admin/users", action: "user.manage", call: loader(usersList, "/staff/admin/users") },
  { name: "GET /staff/admin/users/new", action: "user.manage", call: loader(userEdit, "/staff/admin/users/new", { id: "new" }) },
  { name: "POST /staff/admin/users/new", action: "user.manage", call: post(userEdit, "/staff/admin/users/new", {}, { id: "new" }) },
  { name: "GET /staff/admin/audit", action: "audit.view", call: loader(auditLog, "/staff/admin/audit") },
  { name: "GET /staff/admin/audit.csv", action: "audit.view", call: loader(auditCsv, "/staff/admin/audit.csv") },
];

describe("access to staff routes and actions", () => {
  for (const who of WHO) {
    it(`${who}: every route and action is allowed or denied per the permissions table`, async () => {
      const cookie = who === "anonymous" ? null : await cookieFor(USERS[who]);
      for (const c of CASES()) {
        const result = await outcome(() => c.call(cookie));
        if (who === "anonymous") {
          expect(result.status, c.name).toBe(302);
          expect(result.location, c.name).toMatch(/^\/sign-in\?redirectTo=%2Fstaff/);
        } else if (c.name === "POST unknown intent") {
          // an unknown intent is a 400 for everyone who may see the request at all
          expect(result.status, c.name).toBe(can(who, "request.view") ? 400 : 403);
        } else if (can(who, c.action)) {
          expect([200, 302, 400, 409], `${c.name} as ${who}`).toContain(result.status);
          expect(result.location ?? "", c.name).not.toMatch(/sign-in/);
        } else {
          expect(result.status, `${c.name} as ${who}`).toBe(403);
        }
      }
    });
  }

  it("a bundle's receipt: its center's counter sees it, another center's gets 404 (issue 10 scope)", async () => {
    const { loadGuideBundleFixture } = await import("./guides-fixture");
    const number = await loadGuideBundleFixture();
    const status = async (email: string) => {
      const cookie = await cookieFor(email);
      return (await outcome(() => bundleReceipt.loader({ request: staffRequest(`/staff/bundles/${number}`, cookie), params: { number }, context: {} }))).status;
    };
    expect(await status(USERS.counter)).toBe(200);
    expect(await status("counter@nbi01.demo")).toBe(404);
    expect(await status("officer@excise.demo")).toBe(200);
    expect(await status(USERS.officer)).toBe(404);
  });

  it("a counter from another service center cannot open a request of BKK01 (scope)", async () => {
    const cookie = await cookieFor("counter@nbi01.demo");
    const result = await outcome(() => requestPage.loader({ request: staffRequest(`/staff/requests/${tracking}`, cookie), params: { number: tracking }, context: {} }));
    expect(result.status).toBe(403);
  });

  it.each([
    ["counter", "/staff/counter"],
    ["officer", "/staff/requests"],
    ["supervisor", "/staff/counter"],
    ["editor", "/staff/admin"],
    ["admin", "/staff/admin"],
  ] as const)("%s lands on %s", async (who, home) => {
    const signedIn = await outcome(async () => staffHome.loader({ request: staffRequest("/staff", await cookieFor(USERS[who])), params: {}, context: {} }));
    expect(signedIn.status).toBe(302);
    expect(signedIn.location).toBe(home);
  });

  it("the admin area shows each role only the sections it may use", async () => {
    const sections = async (who: "editor" | "admin") =>
      ((await adminHome.loader({ request: staffRequest("/staff/admin", await cookieFor(USERS[who])), params: {}, context: {} })) as { sections: { key: string }[] }).sections.map((s) => s.key);
    expect(await sections("editor")).toEqual(["manuals"]);
    expect(await sections("admin")).toEqual(["manuals", "guides", "holidays", "agencies", "centers", "users", "audit"]);
  });
});
