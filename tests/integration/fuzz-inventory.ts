// The fuzz inventory (issue 9): every route module with an action or a loader, who may call it,
// the path and params it needs, and the fields its form knows. fuzz-inventory.test.ts fails
// when a route in app/routes has no row here (or in EXCLUDED, with the reason).
import type { Fixtures } from "./fuzz-fixtures";

export type Who = "anonymous" | "counter" | "officer" | "supervisor" | "editor" | "admin" | "applicant" | "tracked";
type Route = {
  /** Module file name in app/routes. */
  file: string;
  /** The URL path and route params, from the fixtures (a real request, draft, permit …). */
  at: (f: Fixtures) => { path: string; params: Record<string, string> };
};
export type ActionRoute = Route & {
  who: Who;
  fields: string[];
  intents?: string[];
  /** Tables a refused (4xx) post may legitimately write, and why. */
  writesOn4xx?: string[];
};
export type LoaderRoute = Route & { who: Who[] };

const STAFF: Who[] = ["anonymous", "counter", "officer", "supervisor", "editor", "admin"];
const PUBLIC: Who[] = ["anonymous", "admin"];
const at = (path: string, params: Record<string, string> = {}) => () => ({ path, params });

const APPLICANT = ["applicantType", "applicantId", "applicantName", "applicantPhone", "applicantEmail", "applicantAddress", "preferredLanguage", "noticesByEmail"];
const DRAFT = [
  "nameTh", "nameEn", "serviceType", "impactLevel", "serviceArea", "timeLawTh", "statutoryValue", "statutoryUnit", "totalValue", "totalUnit",
  "criteriaTh", "streamlined", "noFee", "noDocuments", "laws.0.titleTh", "steps.0.kind", "steps.0.durationValue", "steps.0.durationUnit",
  "documents.0.group", "documents.0.originals", "fees.0.amountMin", "fees.0.kind", "forms.0.id", "forms.0.code", "channels.0.kind",
];
const HOLIDAY = ["date", "nameTh", "nameEn", "kind"];
// A refused attempt still counts against the client's limit: on PostgreSQL the counters are rows
// (app/utils/rate-limit.server.ts, decision 0016).
const COUNTS_ATTEMPTS = ["RateLimit"];
// Two permits that are both online and both taken at BKK01 (commercial registration, food notification).
const ONLINE_ANSWERS = "area=80&premises=rent&juristic=no&liquor=no";

export const ACTIONS: ActionRoute[] = [
  { file: "sign-in.tsx", who: "anonymous", at: at("/sign-in"), fields: ["email", "password", "redirectTo"], writesOn4xx: COUNTS_ATTEMPTS },
  { file: "permits.$slug_.apply.tsx", who: "anonymous", writesOn4xx: COUNTS_ATTEMPTS, at: (f) => ({ path: `/permits/${f.onlineSlug}/apply`, params: { slug: f.onlineSlug } }), fields: ["website", "startedAt"] },
  { file: "apply.$key.applicant.tsx", who: "applicant", at: (f) => ({ path: `/apply/${f.draftKey}/applicant`, params: { key: f.draftKey } }), fields: APPLICANT, intents: ["save", "continue"] },
  { file: "apply.$key.declaration.tsx", who: "applicant", at: (f) => ({ path: `/apply/${f.draftKey}/declaration`, params: { key: f.draftKey } }), fields: ["truthful", "consent"], intents: ["save", "continue"] },
  { file: "apply.$key.documents.tsx", who: "applicant", at: (f) => ({ path: `/apply/${f.draftKey}/documents`, params: { key: f.draftKey } }), fields: ["file.x"], intents: ["upload", "save", "continue", "remove:x"] },
  { file: "apply.$key.check.tsx", who: "applicant", at: (f) => ({ path: `/apply/${f.draftKey}/check`, params: { key: f.draftKey } }), fields: [] },
  { file: "apply.$key.save.tsx", who: "applicant", at: (f) => ({ path: `/apply/${f.draftKey}/save`, params: { key: f.draftKey } }), fields: [] },
  // A wrong code counts against the draft's attempts (the limit on guessing, R8.3).
  { file: "apply.$key.resume.tsx", who: "anonymous", at: (f) => ({ path: `/apply/${f.draftKey}/resume`, params: { key: f.draftKey } }), fields: ["code"], writesOn4xx: ["ApplicationDraft", ...COUNTS_ATTEMPTS] },
  { file: "track.tsx", who: "tracked", at: at("/track"), fields: ["number", "verifier", "confirm", "file.x"], intents: ["find", "acknowledge", "cure", "withdraw"], writesOn4xx: COUNTS_ATTEMPTS },
  { file: "staff.password.tsx", who: "supervisor", at: at("/staff/password"), fields: ["currentPassword", "newPassword", "confirmPassword", "redirectTo"] },
  { file: "staff.intake.new.$slug.tsx", who: "counter", at: (f) => ({ path: `/staff/intake/new/${f.counterSlug}`, params: { slug: f.counterSlug } }), fields: ["idempotencyKey", ...APPLICANT, "documents.0.id", "documents.0.status", "documents.0.note", "cureDeadline", "signedOnPaper", "officerSignature", "applicantSignature"] },
  {
    file: "staff.requests.$number.tsx", who: "supervisor", at: (f) => ({ path: `/staff/requests/${f.requestNumber}`, params: { number: f.requestNumber } }),
    fields: ["item", "document", "note", "reason", "documents.0.id", "documents.0.status", "cureDeadline", "body", "period", "outcome", "stepId", "notifiedOn"],
    intents: ["check", "cure", "record_deficiency", "approve_exception", "withdraw", "advance_step", "note", "decide", "result_notified", "delay_reason"],
  },
  { file: "staff_.requests.$number_.attach.tsx", who: "supervisor", at: (f) => ({ path: `/staff/requests/${f.requestNumber}/attach`, params: { number: f.requestNumber } }), fields: ["file"] },
  { file: "staff.admin.agencies.$id.tsx", who: "admin", at: (f) => ({ path: `/staff/admin/agencies/${f.agencyId}`, params: { id: f.agencyId } }), fields: ["code", "nameTh", "nameEn", "ministryId", "parentId", "phone", "website", "addressTh", "addressEn"] },
  { file: "staff.admin.agencies.ministries.$id.tsx", who: "admin", at: at("/staff/admin/agencies/ministries/new", { id: "new" }), fields: ["code", "nameTh", "nameEn"] },
  { file: "staff.admin.centers.$id.tsx", who: "admin", at: (f) => ({ path: `/staff/admin/centers/${f.centerId}`, params: { id: f.centerId } }), fields: ["code", "nameTh", "nameEn", "province", "permitIds", "hours.0.opens", "hours.0.closes", "phone", "addressTh"] },
  { file: "staff.admin.users.$id.tsx", who: "admin", at: (f) => ({ path: `/staff/admin/users/${f.userId}`, params: { id: f.userId } }), fields: ["email", "name", "role", "serviceCenterId", "agencyId"], intents: ["save", "reset_password", "deactivate", "reactivate"] },
  { file: "staff.admin.holidays.new.tsx", who: "admin", at: at("/staff/admin/holidays/new"), fields: HOLIDAY },
  { file: "staff.admin.holidays.$date.edit.tsx", who: "admin", at: (f) => ({ path: `/staff/admin/holidays/${f.holidayDate}/edit`, params: { date: f.holidayDate } }), fields: HOLIDAY },
  { file: "staff.admin.holidays.$date.remove.tsx", who: "admin", at: (f) => ({ path: `/staff/admin/holidays/${f.holidayDate}/remove`, params: { date: f.holidayDate } }), fields: [] },
  { file: "staff.admin.holidays.import.tsx", who: "admin", at: at("/staff/admin/holidays/import"), fields: ["year", "file", "rows", "fingerprint"], intents: ["preview", "confirm"] },
  { file: "staff.admin.manuals.new.tsx", who: "editor", at: at("/staff/admin/manuals/new"), fields: ["slug", "kind", "category", "agencyId", "serviceCenterIds", "nameTh", "nameEn"] },
  { file: "staff.admin.manuals.$slug._index.tsx", who: "editor", at: (f) => ({ path: `/staff/admin/manuals/${f.editorSlug}`, params: { slug: f.editorSlug } }), fields: [], intents: ["edit"] },
  {
    file: "staff.admin.manuals.$slug.draft._index.tsx", who: "editor", at: (f) => ({ path: `/staff/admin/manuals/${f.editorSlug}/draft`, params: { slug: f.editorSlug } }),
    fields: DRAFT, intents: ["save", "preview", "publish", "steps.add", "steps.remove:0", "laws.up:1", "documents.down:999"],
  },
  {
    file: "staff.admin.manuals.$slug_.draft_.forms.$formId.file.tsx", who: "editor",
    at: (f) => ({ path: `/staff/admin/manuals/${f.editorSlug}/draft/forms/${f.formId}/file`, params: { slug: f.editorSlug, formId: f.formId } }),
    fields: ["file"], intents: ["attach", "remove"],
  },
  // Life-event guides and bundles (issue 10). The answers are in the link (a stable result URL).
  { file: "guides.$slug_.apply.tsx", who: "anonymous", writesOn4xx: COUNTS_ATTEMPTS, at: at(`/guides/open-a-restaurant/apply?${ONLINE_ANSWERS}`, { slug: "open-a-restaurant" }), fields: ["website", "idempotencyKey", ...APPLICANT, "truthful", "consent", "file.x"], intents: ["remove:x"] },
  { file: "staff.intake.guides.$slug.tsx", who: "counter", at: at(`/staff/intake/guides/open-a-restaurant?${ONLINE_ANSWERS}`, { slug: "open-a-restaurant" }), fields: ["idempotencyKey", ...APPLICANT, "documents.0.id", "documents.0.status", "documents.0.note", "cureDeadline", "signedOnPaper"] },
  {
    file: "staff.admin.guides.$id.tsx", who: "admin", at: at("/staff/admin/guides/new", { id: "new" }),
    fields: ["slug", "titleTh", "titleEn", "summaryTh", "published", "position", "questions.0.key", "questions.0.type", "questions.0.labelTh", "questions.0.options", "permits.0.slug", "permits.0.conditions.0.question", "permits.0.conditions.0.op", "permits.0.conditions.0.value", "permits.0.requires.commercial-registration"],
  },
  // Last: it ends the session it is called with (its own account's, see fuzz-fixtures.ts).
  { file: "sign-out.tsx", who: "officer", at: at("/sign-out"), fields: ["everywhere"] },
];

// Every loader, called by GET with fuzzed query strings as each of these.
const p = (file: string, who: Who[], fn: Route["at"]): LoaderRoute => ({ file, who, at: fn });
export const LOADERS: LoaderRoute[] = [
  p("$.tsx", PUBLIC, at("/no/such/page", { "*": "no/such/page" })),
  p("_index.tsx", PUBLIC, at("/")),
  p("healthz.ts", ["anonymous"], at("/healthz")),
  p("holidays.tsx", PUBLIC, at("/holidays")),
  p("open-data.tsx", PUBLIC, at("/open-data")),
  p("permits._index.tsx", PUBLIC, at("/permits")),
  p("permits.$slug.tsx", PUBLIC, (f) => ({ path: `/permits/${f.onlineSlug}`, params: { slug: f.onlineSlug } })),
  p("permits.$slug_.apply.tsx", PUBLIC, (f) => ({ path: `/permits/${f.onlineSlug}/apply`, params: { slug: f.onlineSlug } })),
  p("permits.$slug_.due-date.tsx", PUBLIC, (f) => ({ path: `/permits/${f.onlineSlug}/due-date`, params: { slug: f.onlineSlug } })),
  p("permits.$slug_.forms.$formId.tsx", PUBLIC, (f) => ({ path: `/permits/${f.editorSlug}/forms/${f.formId}`, params: { slug: f.editorSlug, formId: f.formId } })),
  p("permits.$slug_.print.tsx", PUBLIC, (f) => ({ path: `/permits/${f.onlineSlug}/print`, params: { slug: f.onlineSlug } })),
  p("permits.$slug_.versions._index.tsx", PUBLIC, (f) => ({ path: `/permits/${f.onlineSlug}/versions`, params: { slug: f.onlineSlug } })),
  p("permits.$slug_.versions.$n.tsx", PUBLIC, (f) => ({ path: `/permits/${f.onlineSlug}/versions/1`, params: { slug: f.onlineSlug, n: "1" } })),
  p("api.v1.permits._index.ts", PUBLIC, at("/api/v1/permits")),
  p("api.v1.permits[.]csv.ts", PUBLIC, at("/api/v1/permits.csv")),
  p("api.v1.permits.$slug.ts", PUBLIC, (f) => ({ path: `/api/v1/permits/${f.onlineSlug}`, params: { slug: f.onlineSlug } })),
  p("api.v1.permits.$slug_.due-date.ts", PUBLIC, (f) => ({ path: `/api/v1/permits/${f.onlineSlug}/due-date`, params: { slug: f.onlineSlug } })),
  p("api.v1.statistics.ts", PUBLIC, at("/api/v1/statistics")),
  p("api.v1.statistics[.]csv.ts", PUBLIC, at("/api/v1/statistics.csv")),
  p("apply.$key.applicant.tsx", ["anonymous", "applicant"], (f) => ({ path: `/apply/${f.draftKey}/applicant`, params: { key: f.draftKey } })),
  p("apply.$key.documents.tsx", ["anonymous", "applicant"], (f) => ({ path: `/apply/${f.draftKey}/documents`, params: { key: f.draftKey } })),
  p("apply.$key.declaration.tsx", ["anonymous", "applicant"], (f) => ({ path: `/apply/${f.draftKey}/declaration`, params: { key: f.draftKey } })),
  p("apply.$key.check.tsx", ["anonymous", "applicant"], (f) => ({ path: `/apply/${f.draftKey}/check`, params: { key: f.draftKey } })),
  p("apply.$key.save.tsx", ["anonymous", "applicant"], (f) => ({ path: `/apply/${f.draftKey}/save`, params: { key: f.draftKey } })),
  p("apply.$key.resume.tsx", ["anonymous", "applicant"], (f) => ({ path: `/apply/${f.draftKey}/resume`, params: { key: f.draftKey } })),
  p("apply.$key.done.tsx", ["anonymous", "applicant"], (f) => ({ path: `/apply/${f.draftKey}/done`, params: { key: f.draftKey } })),
  p("track.tsx", ["anonymous", "tracked"], at("/track")),
  p("guides._index.tsx", PUBLIC, at("/guides")),
  p("guides.$slug.tsx", PUBLIC, at(`/guides/open-a-restaurant?${ONLINE_ANSWERS}`, { slug: "open-a-restaurant" })),
  p("guides.$slug_.apply.tsx", PUBLIC, at(`/guides/open-a-restaurant/apply?${ONLINE_ANSWERS}`, { slug: "open-a-restaurant" })),
  p("staff.intake.guides.$slug.tsx", STAFF, at(`/staff/intake/guides/open-a-restaurant?${ONLINE_ANSWERS}`, { slug: "open-a-restaurant" })),
  p("staff_.bundles.$number.tsx", STAFF, (f) => ({ path: `/staff/bundles/${f.requestNumber}`, params: { number: f.requestNumber } })),
  p("staff.admin.guides._index.tsx", STAFF, at("/staff/admin/guides")),
  p("staff.admin.guides.$id.tsx", STAFF, at("/staff/admin/guides/new", { id: "new" })),
  p("track.files.$id.tsx", ["anonymous", "tracked"], (f) => ({ path: `/track/files/${f.fileId}`, params: { id: f.fileId } })),
  p("sign-in.tsx", PUBLIC, at("/sign-in")),
  p("sign-out.tsx", PUBLIC, at("/sign-out")),
  p("staff.tsx", STAFF, at("/staff")),
  p("staff._index.tsx", STAFF, at("/staff")),
  p("staff.password.tsx", STAFF, at("/staff/password")),
  p("staff.counter.tsx", STAFF, at("/staff/counter")),
  p("staff.dashboard.tsx", STAFF, at("/staff/dashboard")),
  p("staff.dashboard[.]csv.tsx", STAFF, at("/staff/dashboard.csv")),
  p("staff.outbox.tsx", STAFF, at("/staff/outbox")),
  p("staff.intake.new._index.tsx", STAFF, at("/staff/intake/new")),
  p("staff.intake.new.$slug.tsx", STAFF, (f) => ({ path: `/staff/intake/new/${f.counterSlug}`, params: { slug: f.counterSlug } })),
  p("staff.requests._index.tsx", STAFF, at("/staff/requests")),
  p("staff.requests.$number.tsx", STAFF, (f) => ({ path: `/staff/requests/${f.requestNumber}`, params: { number: f.requestNumber } })),
  p("staff_.requests.$number_.receipt.tsx", STAFF, (f) => ({ path: `/staff/requests/${f.requestNumber}/receipt`, params: { number: f.requestNumber } })),
  p("staff_.requests.$number_.deficiency-record.tsx", STAFF, (f) => ({ path: `/staff/requests/${f.requestNumber}/deficiency-record`, params: { number: f.requestNumber } })),
  p("staff_.files.$id.tsx", STAFF, (f) => ({ path: `/staff/files/${f.fileId}`, params: { id: f.fileId } })),
  p("staff.admin.tsx", STAFF, at("/staff/admin")),
  p("staff.admin._index.tsx", STAFF, at("/staff/admin")),
  p("staff.admin.audit.tsx", STAFF, at("/staff/admin/audit")),
  p("staff.admin.audit[.]csv.tsx", STAFF, at("/staff/admin/audit.csv")),
  p("staff.admin.agencies._index.tsx", STAFF, at("/staff/admin/agencies")),
  p("staff.admin.agencies.$id.tsx", STAFF, (f) => ({ path: `/staff/admin/agencies/${f.agencyId}`, params: { id: f.agencyId } })),
  p("staff.admin.agencies.ministries.$id.tsx", STAFF, at("/staff/admin/agencies/ministries/new", { id: "new" })),
  p("staff.admin.centers._index.tsx", STAFF, at("/staff/admin/centers")),
  p("staff.admin.centers.$id.tsx", STAFF, (f) => ({ path: `/staff/admin/centers/${f.centerId}`, params: { id: f.centerId } })),
  p("staff.admin.users._index.tsx", STAFF, at("/staff/admin/users")),
  p("staff.admin.users.$id.tsx", STAFF, (f) => ({ path: `/staff/admin/users/${f.userId}`, params: { id: f.userId } })),
  p("staff.admin.holidays._index.tsx", STAFF, at("/staff/admin/holidays")),
  p("staff.admin.holidays.new.tsx", STAFF, at("/staff/admin/holidays/new")),
  p("staff.admin.holidays.$date.edit.tsx", STAFF, (f) => ({ path: `/staff/admin/holidays/${f.holidayDate}/edit`, params: { date: f.holidayDate } })),
  p("staff.admin.holidays.$date.remove.tsx", STAFF, (f) => ({ path: `/staff/admin/holidays/${f.holidayDate}/remove`, params: { date: f.holidayDate } })),
  p("staff.admin.holidays.import.tsx", STAFF, at("/staff/admin/holidays/import")),
  p("staff.admin.manuals._index.tsx", STAFF, at("/staff/admin/manuals")),
  p("staff.admin.manuals.new.tsx", STAFF, at("/staff/admin/manuals/new")),
  p("staff.admin.manuals.$slug._index.tsx", STAFF, (f) => ({ path: `/staff/admin/manuals/${f.editorSlug}`, params: { slug: f.editorSlug } })),
  p("staff.admin.manuals.$slug.draft._index.tsx", STAFF, (f) => ({ path: `/staff/admin/manuals/${f.editorSlug}/draft`, params: { slug: f.editorSlug } })),
  p("staff.admin.manuals.$slug.draft.preview.tsx", STAFF, (f) => ({ path: `/staff/admin/manuals/${f.editorSlug}/draft/preview`, params: { slug: f.editorSlug } })),
  p("staff.admin.manuals.$slug_.draft_.forms.$formId.file.tsx", STAFF, (f) => ({ path: `/staff/admin/manuals/${f.editorSlug}/draft/forms/${f.formId}/file`, params: { slug: f.editorSlug, formId: f.formId } })),
  p("staff.admin.manuals.$slug_.diff.tsx", STAFF, (f) => ({ path: `/staff/admin/manuals/${f.editorSlug}/diff`, params: { slug: f.editorSlug } })),
  p("staff.admin.manuals.$slug_.versions.$n.tsx", STAFF, (f) => ({ path: `/staff/admin/manuals/${f.editorSlug}/versions/1`, params: { slug: f.editorSlug, n: "1" } })),
];

// Modules with no loader or action to fuzz, and why.
export const EXCLUDED: Record<string, string> = {
  // Action only (a multipart post from the request page); fuzzed in ACTIONS. No loader.
  "staff_.requests.$number_.attach.tsx": "action only, in ACTIONS",
};

// Query parameter names any page reads (fuzzed with the hostile values, beside noise names).
export const QUERY_NAMES = [
  "q", "category", "kind", "agency", "center", "completedOn", "year", "from", "to", "number", "verifier", "redirectTo", "return",
  "saved", "done", "published", "filter", "permit", "role", "place", "active", "entity", "action", "actor", "page", "status", "attachError", "lng",
];
