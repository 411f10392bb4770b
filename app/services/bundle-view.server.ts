// What a bundle (issue 10) shows to staff and to the applicant: every permit's request with
// its state and due date together. Staff see only the requests in their scope (an agency's
// officer sees its own request only); the applicant, once verified, sees them all (O2).
import { inScope, isStaffRole } from "~/domain/auth/permissions";
import { parseTrackingNumber } from "~/domain/requests/tracking-number";
import type { TimeUnit } from "~/domain/manual/vocabulary";
import type { Language } from "~/i18n/config";
import { findBundle, type BundleRow } from "~/models/bundle.server";

const pick = (th: string, en: string, lng: Language) => (lng === "th" ? th : en) || th;

export async function getBundle(number: string): Promise<BundleRow | null> {
  const parsed = parseTrackingNumber(number);
  return parsed ? findBundle(parsed.normalized) : null;
}

export function presentBundle(b: BundleRow, lng: Language, visible: (r: BundleRow["requests"][number]) => boolean = () => true) {
  return {
    trackingNumber: b.trackingNumber,
    guide: { slug: b.guideSlug, title: pick(b.guideTitleTh, b.guideTitleEn, lng) },
    answers: b.answers,
    channel: b.channel,
    center: b.serviceCenter ? { code: b.serviceCenter.code, name: pick(b.serviceCenter.nameTh, b.serviceCenter.nameEn, lng), phone: b.serviceCenter.phone } : null,
    receivedOn: b.receivedOn,
    total: b.requests.length,
    requests: b.requests.filter(visible).map((r) => ({
      trackingNumber: r.trackingNumber,
      status: r.status,
      permit: pick(r.manualVersion.nameTh, r.manualVersion.nameEn, lng),
      agency: pick(r.agency.nameTh, r.agency.nameEn, lng),
      limit: { value: r.manualVersion.totalValue, unit: r.manualVersion.totalUnit as TimeUnit },
      dueDate: r.dueDate,
      decision: r.decision,
      decidedOn: r.decidedOn,
      cureDeadline: r.status === "incomplete" ? (r.deficiencyRecords[0]?.cureDeadline ?? null) : null,
    })),
  };
}
export type BundleView = ReturnType<typeof presentBundle>;

/** The bundle with the requests this staff member may see; 404 when none (never says it exists). */
export async function requireBundleInScope(staff: { role: string; serviceCenterId: string | null; agencyId: string | null }, number: string | undefined, lng: Language) {
  if (!isStaffRole(staff.role)) throw new Response("Not found", { status: 404 });
  const user = { role: staff.role, serviceCenterId: staff.serviceCenterId, agencyId: staff.agencyId };
  const b = await getBundle(number ?? "");
  const seeAll = !!b && (user.role === "admin" || (!!user.serviceCenterId && user.serviceCenterId === b.serviceCenterId));
  const view = b ? presentBundle(b, lng, (r) => seeAll || inScope(user, { serviceCenterId: r.serviceCenterId, agencyId: r.agencyId })) : null;
  if (!b || !view || view.requests.length === 0) throw new Response("Not found", { status: 404 });
  return { view, applicantName: b.applicantName };
}
