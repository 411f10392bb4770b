// Public tracking (O2): the tracking number plus a verifier (the last 4 digits of the phone
// number or of the ID). A wrong verifier and an unknown number get the same answer, so the
// page never tells whether a number exists; attempts are rate-limited per client. Once
// verified, a signed cookie lets this browser act on that one request for a while: read the
// notices and the deficiency record, acknowledge it (R8.2), upload the missing items to cure
// it (R8.5) and withdraw.
import type { Cookie } from "@remix-run/node";
import { isOpen } from "~/domain/requests/lifecycle";
import { parseTrackingNumber } from "~/domain/requests/tracking-number";
import type { Language } from "~/i18n/config";
import { findBundle } from "~/models/bundle.server";
import { findRequestForApplicant, markDeficiencyAcknowledged } from "~/models/request.server";
import { presentBundle } from "./bundle-view.server";
import { findStoredFile, listFilesOfRequest } from "~/models/stored-file.server";
import { signedCookie } from "~/utils/session.server";
import { cureItems, withdrawRequest, type ActionResult } from "./deficiency.server";
import { saveUpload, type UploadedFile } from "./uploads.server";
import { storage } from "./storage.server";
import { fileResponse } from "./uploads.server";

const APPLICANT = { id: null, role: "applicant" } as const;

let cookie: Cookie | undefined;
function trackingCookie() {
  // Path "/": with single fetch the page's data requests go to /track.data, outside "/track".
  return (cookie ??= signedCookie("anuyat_track", { path: "/", maxAge: 30 * 60 }));
}

function matchesVerifier(r: { applicantPhone: string; applicantId: string }, verifier: string): boolean {
  const digits = verifier.replace(/\D/g, "");
  return digits.length === 4 && (r.applicantPhone.replace(/\D/g, "").endsWith(digits) || r.applicantId.replace(/\D/g, "").endsWith(digits));
}

/** The verified tracking number, with the cookie that remembers it; null for any mismatch. */
export async function verifyTracking(number: string, verifier: string): Promise<{ number: string; setCookie: string } | null> {
  const parsed = parseTrackingNumber(number);
  // A bundle's number (issue 10) is verified like a request's, against the one applicant.
  const r = parsed ? ((await findRequestForApplicant(parsed.normalized)) ?? (await findBundle(parsed.normalized))) : null;
  if (!r || !matchesVerifier(r, verifier)) return null;
  return { number: r.trackingNumber, setCookie: await trackingCookie().serialize({ n: r.trackingNumber }) };
}

/** The cookie that lets this browser follow a number it has just filed (a bundle online). */
export async function trackingCookieFor(number: string): Promise<string> {
  return trackingCookie().serialize({ n: number });
}

/** The tracking number this browser has verified, or null. */
export async function getVerifiedNumber(request: Request): Promise<string | null> {
  const value = await trackingCookie().parse(request.headers.get("Cookie"));
  return value && typeof value.n === "string" ? value.n : null;
}

/**
 * The request or bundle number this browser may open: the one it verified, or a request of
 * the bundle it verified (one verification for the whole bundle, issue 10); null otherwise.
 */
export async function authorisedNumber(request: Request, wanted: string): Promise<string | null> {
  const verified = await getVerifiedNumber(request);
  const normalized = parseTrackingNumber(wanted)?.normalized;
  if (!verified || !normalized) return null;
  if (normalized === verified) return normalized;
  const bundle = await findBundle(verified);
  return bundle?.requests.some((r) => r.trackingNumber === normalized) ? normalized : null;
}

/** The bundle view for the applicant (O2: states and dates, no staff names), or null. */
export async function getBundleTrackingView(number: string, lng: Language) {
  const b = await findBundle(number);
  return b ? presentBundle(b, lng) : null;
}

export async function findForTracking(number: string, verifier: string, lng: Language) {
  const verified = await verifyTracking(number, verifier);
  return verified ? getTrackingView(verified.number, lng) : null;
}

// What the applicant sees. Never a staff member's name (O2): the unit, the state, the dates.
export async function getTrackingView(number: string, lng: Language) {
  const r = await findRequestForApplicant(number);
  if (!r) return null;
  const pick = (th: string, en: string) => (lng === "th" ? th : en) || th;
  const docName = new Map(r.manualVersion.documents.map((d) => [d.id, pick(d.nameTh, d.nameEn)]));
  const record = r.deficiencyRecords[0];
  const files = await listFilesOfRequest(r.id);
  const online = r.channel === "online";
  const curable = online && r.status === "incomplete" && !!record && !record.curedOn;
  return {
    trackingNumber: r.trackingNumber,
    channel: r.channel,
    status: r.status,
    permit: pick(r.manualVersion.nameTh, r.manualVersion.nameEn),
    unit: pick(r.agency.nameTh, r.agency.nameEn),
    // O2: where the request is — the step in progress and the unit holding it (never a person).
    step: r.steps[0] ? { title: pick(r.steps[0].titleTh, r.steps[0].titleEn), unit: pick(r.steps[0].unitTh, r.steps[0].unitEn), dueDate: r.steps[0].dueDate } : null,
    receivedOn: r.receivedOn,
    completeOn: r.completeOn,
    dueDate: r.dueDate,
    record: record
      ? {
          issuedOn: record.issuedOn,
          cureDeadline: record.cureDeadline,
          curedOn: record.curedOn,
          // At the counter the applicant signs the record there (R8.2); online they acknowledge it here.
          acknowledged: !!record.acknowledgedAt || !online,
          items: record.items.map((i) => ({ id: i.id, documentId: i.manualDocumentId, name: docName.get(i.manualDocumentId) ?? "", problem: i.problem, note: i.note, suppliedOn: i.suppliedOn })),
        }
      : null,
    // The applicant's own documents; the office's internal attachments stay internal.
    files: files.filter((f) => f.uploadedBy === "applicant").map((f) => ({ id: f.id, name: f.fileName, document: docName.get(f.manualDocumentId) ?? "" })),
    events: r.events.map((e) => ({ at: e.at.toISOString(), type: e.type })),
    // A delay notice still waiting for the officer's reason has not been sent yet.
    notices: r.notices.filter((n) => n.state !== "awaiting_reason").map((n) => ({ kind: n.kind, subject: n.subject, body: n.body, dueOn: n.dueOn, state: n.state, sentAt: n.sentAt?.toISOString() ?? null })),
    can: { withdraw: isOpen(r.status), acknowledge: curable && !record.acknowledgedAt, cure: curable },
  };
}
export type TrackingView = NonNullable<Awaited<ReturnType<typeof getTrackingView>>>;

export async function listFilesOfRequestByNumber(number: string): Promise<string[]> {
  const r = await findRequestForApplicant(number);
  return r ? (await listFilesOfRequest(r.id)).map((f) => f.fileName) : [];
}

// R8.2 online: the applicant acknowledges the deficiency record sent electronically.
export async function acknowledgeOnline(number: string, at: Date): Promise<ActionResult> {
  const r = await findRequestForApplicant(number);
  const record = r?.deficiencyRecords[0];
  if (!r || !record || r.channel !== "online" || r.status !== "incomplete") return { ok: false, error: "track.notAllowed", status: 409 };
  await markDeficiencyAcknowledged(r.id, record.id, at);
  return { ok: true };
}

// R8.5 online: the applicant uploads the listed items; when every item is supplied the request
// is complete that day and the clock starts (the same rule as at the counter).
export async function cureOnline(number: string, files: UploadedFile[], at: Date): Promise<{ ok: true } | { ok: false; errors: Record<string, { key: string; values?: Record<string, number> }> }> {
  const r = await findRequestForApplicant(number);
  const record = r?.deficiencyRecords[0];
  if (!r || !record || record.curedOn || r.channel !== "online" || r.status !== "incomplete") return { ok: false, errors: { form: { key: "track.notAllowed" } } };
  const open = new Map(record.items.filter((i) => !i.suppliedOn).map((i) => [i.id, i]));
  const errors: Record<string, { key: string; values?: Record<string, number> }> = {};
  const supplied: string[] = [];
  for (const file of files) {
    const item = open.get(file.field.replace(/^item\./, ""));
    if (!item) continue;
    const saved = await saveUpload(file, { requestId: r.id }, item.manualDocumentId, "applicant", at);
    if (saved.ok) supplied.push(item.id);
    else errors[file.field] = { key: saved.error, values: saved.values };
  }
  if (supplied.length > 0) {
    const result = await cureItems(APPLICANT, r.id, supplied, at);
    if (!result.ok) errors.form = { key: result.error };
  } else if (Object.keys(errors).length === 0) {
    errors.form = { key: "track.chooseFile" };
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true };
}

export async function withdrawOnline(number: string): Promise<ActionResult> {
  const r = await findRequestForApplicant(number);
  if (!r) return { ok: false, error: "track.notAllowed", status: 404 };
  return withdrawRequest(APPLICANT, r.id, "withdrawn by the applicant on the tracking page");
}

// A file of the request this browser has verified; nothing else.
export async function applicantFile(number: string, fileId: string): Promise<Response | null> {
  const file = await findStoredFile(fileId);
  if (!file?.request || file.request.trackingNumber !== number) return null;
  const bytes = await storage().get(file.storageKey);
  return bytes ? fileResponse(file, bytes) : null;
}

